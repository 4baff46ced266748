namespace SiteOptimizer.Bench;

/// <summary>The parsed command line.</summary>
/// <param name="Command"><c>images</c> or <c>sizes</c>.</param>
/// <param name="Dop">Images encoded at once; 0 means one per core.</param>
/// <param name="ImagesRoot">The folder searched recursively for JPEGs.</param>
/// <param name="Repeat">Timed runs after the warm-up.</param>
/// <param name="Files">The files <c>sizes</c> encodes.</param>
internal sealed record BenchArguments(string Command, int Dop, string ImagesRoot, int Repeat, IReadOnlyList<string> Files)
{
    public const string Usage =
        "usage: SiteOptimizer.Bench images [--dop N] [--images DIR] [--repeat K]\n" +
        "       SiteOptimizer.Bench sizes FILE...";

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("images" or "sizes"))
        {
            throw new ArgumentException("Expected a command: images, sizes or serve.");
        }
        var parsed = new BenchArguments(args[0], 0, DefaultImagesRoot(), 1, []);
        var files = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            parsed = args[i] switch
            {
                "--dop" => parsed with { Dop = NonNegative(args, ++i) },
                "--repeat" => parsed with { Repeat = Math.Max(1, NonNegative(args, ++i)) },
                "--images" => parsed with { ImagesRoot = Value(args, ++i) },
                var option when option.StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"Unknown option {option}."),
                var file => Add(parsed, files, file),
            };
        }
        return parsed with { Files = files };
    }

    private static BenchArguments Add(BenchArguments parsed, List<string> files, string file)
    {
        files.Add(file);
        return parsed;
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value.");

    private static int NonNegative(IReadOnlyList<string> args, int index) =>
        int.TryParse(Value(args, index), out var value) && value >= 0
            ? value
            : throw new ArgumentException($"{args[index - 1]} needs a whole number ≥ 0.");

    /// <summary>sample-site/images of the repository the current directory is in.</summary>
    private static string DefaultImagesRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "sample-site", "images");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.Combine(Environment.CurrentDirectory, "sample-site", "images");
    }
}
