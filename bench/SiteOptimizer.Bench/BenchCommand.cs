namespace SiteOptimizer.Bench;

/// <summary>
/// <c>images</c> times the batch and prints one JSON line per timed run;
/// <c>sizes</c> prints each file's encoded sizes, to check the settings against sharp's;
/// <c>serve</c> serves a folder on loopback with a fixed delay per response (bench/crawl.sh);
/// <c>photo-site COUNT FOLDER</c> writes a synthetic site of COUNT photos (bench/many-photos.sh);
/// <c>small-site FOLDER</c> writes a site of five photos, one of them half the work (bench/small-site.sh).
/// </summary>
internal static class BenchCommand
{
    public const int Success = 0;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["serve", ..])
        {
            return Serve(args, output, error);
        }
        if (args is ["photo-site", var count, var folder] && int.TryParse(count, out var photos) && photos > 0)
        {
            PhotoSite.Write(BenchArguments.Parse(["images"]).ImagesRoot, photos, folder);
            return Success;
        }
        if (args is ["small-site", var smallSite])
        {
            SmallPhotoSite.Write(BenchArguments.Parse(["images"]).ImagesRoot, smallSite);
            return Success;
        }
        BenchArguments arguments;
        try
        {
            arguments = BenchArguments.Parse(args);
        }
        catch (ArgumentException problem)
        {
            error.WriteLine(problem.Message);
            error.WriteLine(BenchArguments.Usage);
            error.WriteLine(ServeArguments.Usage);
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

    private static int Serve(string[] args, TextWriter output, TextWriter error)
    {
        ServeArguments arguments;
        try
        {
            arguments = ServeArguments.Parse(args);
        }
        catch (ArgumentException problem)
        {
            error.WriteLine(problem.Message);
            error.WriteLine(ServeArguments.Usage);
            return UsageError;
        }
        return DelayServer.RunAsync(arguments, output).GetAwaiter().GetResult();
    }
}
