using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteOptimizer.Minification;

/// <summary>
/// Reads esbuild's log (<c>--color=false</c>): a header per message, <c>✘ [ERROR] text</c> or
/// <c>▲ [WARNING] text [id]</c>, followed by its location, <c>    in/3.js:2:8:</c>.
/// Notes under a message have locations too; only the first after a header counts.
/// </summary>
internal static partial class EsbuildLog
{
    public static IReadOnlyList<EsbuildMessage> Parse(string log)
    {
        var messages = new List<EsbuildMessage>();
        Match? header = null;
        foreach (var line in log.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (Header().Match(trimmed) is { Success: true } isHeader)
            {
                header = isHeader;
                continue;
            }
            if (header is not null && Location().Match(trimmed) is { Success: true } location)
            {
                messages.Add(new EsbuildMessage(
                    Number(location.Groups["input"]),
                    header.Groups["level"].Value == "ERROR",
                    header.Groups["id"].Value,
                    header.Groups["text"].Value,
                    Number(location.Groups["line"]),
                    Number(location.Groups["column"]) + 1));
                header = null;
            }
        }
        return messages;
    }

    /// <summary>The first line that reads like an error, for a failure no input file is blamed for.</summary>
    public static string FirstError(string log) =>
        log.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Contains("[ERROR]", StringComparison.Ordinal))
        ?? log.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0)
        ?? "no message";

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[(?<level>ERROR|WARNING)\]\s+(?<text>.*?)(?:\s+\[(?<id>[a-z0-9-]+)\])?\s*$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s+in[/\\](?<input>\d+)\.(?:css|js|mjs):(?<line>\d+):(?<column>\d+):\s*$")]
    private static partial Regex Location();
}
