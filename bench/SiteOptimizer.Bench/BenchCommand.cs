namespace SiteOptimizer.Bench;

/// <summary>
/// <c>images</c> times the batch and prints one JSON line per timed run;
/// <c>sizes</c> prints each file's encoded sizes, to check the settings against sharp's.
/// </summary>
internal static class BenchCommand
{
    public const int Success = 0;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        BenchArguments arguments;
        try
        {
            arguments = BenchArguments.Parse(args);
        }
        catch (ArgumentException problem)
        {
            error.WriteLine(problem.Message);
            error.WriteLine(BenchArguments.Usage);
            return UsageError;
        }
        if (arguments.Command == "sizes")
        {
            SizeCheck.Run(arguments.Files, output);
            return Success;
        }
        var images = ImageFolder.LoadJpegs(arguments.ImagesRoot);
        if (images.Count == 0)
        {
            error.WriteLine($"No JPEG files under {arguments.ImagesRoot}.");
            return UsageError;
        }
        var benchmark = new ImageBatchBenchmark(images, arguments.Dop);
        benchmark.WarmUp();
        for (var run = 0; run < arguments.Repeat; run++)
        {
            output.WriteLine(BenchJson.Serialize(benchmark.Measure()));
        }
        return Success;
    }
}
