using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace SiteOptimizer.Imaging;

/// <summary>
/// Runs one image's independent encodes (each format at each width). With the batch's
/// <see cref="EncoderThreads"/> as helpers, each encode is queued there and the image's own
/// worker then waits, running every encode no other thread has taken. While every worker has
/// an image of its own, that is all of them, one after another as before: a worker only looks
/// at the queue once the batch has no image left for it. At the tail of a batch, then, the idle
/// workers take the queued encodes of the images still running, and the last large photo is
/// encoded on every core. Each encode still runs on one libvips thread: libvips' thread count
/// is process-wide, and its AVIF encoder takes it as its own, which changes the bytes, so the
/// output never depends on how the work happened to be shared.
/// </summary>
internal sealed class EncodeJobs(TaskScheduler? helpers, CancellationToken cancellationToken)
{
    /// <summary>Runs <paramref name="jobs"/> (longest first, for the best sharing) and returns their results in the same order.</summary>
    /// <param name="jobs">The encodes; each must be safe to run beside the others.</param>
    /// <param name="spent">The time the jobs took summed: what one core alone would need.</param>
    public T[] Run<T>(IReadOnlyList<Func<T>> jobs, out TimeSpan spent)
    {
        long ticks = 0;
        T Timed(Func<T> job)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            try
            {
                return job();
            }
            finally
            {
                Interlocked.Add(ref ticks, Stopwatch.GetElapsedTime(started).Ticks);
            }
        }

        if (helpers is null || jobs.Count < 2)
        {
            var results = jobs.Select(Timed).ToArray();
            spent = TimeSpan.FromTicks(ticks);
            return results;
        }
        var tasks = jobs.Select(job => Task.Factory.StartNew(() => Timed(job), CancellationToken.None, TaskCreationOptions.None, helpers)).ToArray();
        try
        {
            // Without a timeout or token, WaitAll runs every task not yet started on this thread.
            Task.WaitAll(tasks);
        }
        catch (AggregateException error)
        {
            ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
        }
        spent = TimeSpan.FromTicks(Interlocked.Read(ref ticks));
        return [.. tasks.Select(task => task.Result)];
    }
}
