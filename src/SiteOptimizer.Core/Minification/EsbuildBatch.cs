using System.Globalization;
using System.Text;

namespace SiteOptimizer.Minification;

/// <summary>
/// One <see cref="EsbuildMinifier.MinifyAsync"/> call: runs esbuild over a set of inputs and,
/// when some are rejected, blames them from esbuild's log and runs again without them.
/// </summary>
internal sealed class EsbuildBatch(string executable, string workspace, IReadOnlyList<TextAsset> assets, MinifyResult[] results, TimeSpan timeout)
{
    private int _runs;

    public async Task RunAsync(IReadOnlyList<int> inputs, CancellationToken cancellationToken)
    {
        var pending = inputs.ToList();
        while (pending.Count > 0)
        {
            var outputs = "out" + (_runs++).ToString(CultureInfo.InvariantCulture);
            var run = await EsbuildProcess.RunAsync(executable, workspace, Arguments(pending, outputs), timeout, cancellationToken).ConfigureAwait(false);
            if (run.TimedOut)
            {
                var problem = $"esbuild: timed out after {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";
                pending.ForEach(index => results[index] = new MinifyResult(assets[index].Name, null, problem));
                return;
            }
            var blamed = Blame(run.Log);
            foreach (var (index, message) in blamed)
            {
                results[index] = new MinifyResult(assets[index].Name, null, message.ToString(), message.Line, message.Column);
            }
            pending.RemoveAll(blamed.ContainsKey);
            if (run.ExitCode == 0)
            {
                pending.ForEach(index => results[index] = Read(index, outputs));
                return;
            }
            if (blamed.Count == 0)
            {
                await RunAloneAsync(pending, run, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
    }

    /// <summary>A failure esbuild named no file for: try each file alone, so only the culprit is kept.</summary>
    private async Task RunAloneAsync(List<int> pending, EsbuildRun failed, CancellationToken cancellationToken)
    {
        if (pending.Count == 1)
        {
            var problem = "esbuild: " + EsbuildLog.FirstError(failed.Log);
            results[pending[0]] = new MinifyResult(assets[pending[0]].Name, null, problem);
            return;
        }
        foreach (var index in pending)
        {
            await RunAsync([index], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The first message that keeps each blamed input as it is.</summary>
    private Dictionary<int, EsbuildMessage> Blame(string log)
    {
        var blamed = new Dictionary<int, EsbuildMessage>();
        foreach (var message in EsbuildLog.Parse(log).Where(m => m.KeepsOriginal && m.Input < assets.Count))
        {
            blamed.TryAdd(message.Input, message);
        }
        return blamed;
    }

    private MinifyResult Read(int index, string outputs)
    {
        var asset = assets[index];
        var minified = File.ReadAllText(Path.Combine(workspace, outputs, EsbuildMinifier.OutputName(index, asset.Kind)), Encoding.UTF8);
        // Already minified code can come out a byte longer (esbuild ends files with a newline).
        return new MinifyResult(asset.Name, minified.Length < asset.Text.Length ? minified : null, null);
    }

    private IEnumerable<string> Arguments(IEnumerable<int> inputs, string outputs)
    {
        foreach (var index in inputs)
        {
            yield return "in/" + EsbuildMinifier.InputName(index, assets[index].Kind);
        }
        yield return "--minify";
        yield return "--legal-comments=eof";
        yield return "--outbase=in";
        yield return "--outdir=" + outputs;
        yield return "--log-level=warning";
        yield return "--log-limit=0";
        yield return "--color=false";
    }
}
