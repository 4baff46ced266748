namespace SiteOptimizer.Bench;

/// <summary>The command line of <c>serve</c>.</summary>
/// <param name="Root">The folder served.</param>
/// <param name="DelayMs">Milliseconds every response waits before it starts.</param>
/// <param name="Port">The loopback port; 0 picks a free one.</param>
internal sealed record ServeArguments(string Root, int DelayMs, int Port)
{
    public const string Usage = "usage: SiteOptimizer.Bench serve --root DIR [--delay-ms MS] [--port N]";

    public static ServeArguments Parse(IReadOnlyList<string> args)
    {
        string? root = null;
        var delayMs = 100;
        var port = 0;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--root":
                    root = Value(args, ++i);
                    break;
                case "--delay-ms":
                    delayMs = Whole(args, ++i, 0, 60_000);
                    break;
                case "--port":
                    port = Whole(args, ++i, 0, 65_535);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (root is null || !Directory.Exists(root))
        {
            throw new ArgumentException(root is null ? "--root is required." : $"The folder '{root}' does not exist.");
        }
        return new ServeArguments(Path.GetFullPath(root), delayMs, port);
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value.");

    private static int Whole(IReadOnlyList<string> args, int index, int min, int max) =>
        int.TryParse(Value(args, index), out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{args[index - 1]} needs a whole number from {min} to {max}.");
}
