using System.Text;

namespace SiteOptimizer.Tests.Support;

/// <summary>
/// Compares output with <c>&lt;area&gt;/TestData/&lt;case&gt;/expected.html</c>. On a mismatch it writes
/// <c>received.html</c> beside it and fails; when the change is right, copy it over expected.html.
/// </summary>
internal sealed class GoldenFiles(string area)
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Folder(string testCase) =>
        Path.Combine(TestPaths.RepoRoot, "tests", "SiteOptimizer.Core.Tests", area, "TestData", testCase);

    /// <summary>A file of the case as text; unlike File.ReadAllText, a byte-order mark stays in the string.</summary>
    public string Read(string testCase, string fileName) => s_utf8.GetString(File.ReadAllBytes(Path.Combine(Folder(testCase), fileName)));

    public void AssertMatches(string testCase, string actual)
    {
        var expectedPath = Path.Combine(Folder(testCase), "expected.html");
        var receivedPath = Path.Combine(Folder(testCase), "received.html");
        var expected = File.Exists(expectedPath) ? Read(testCase, "expected.html") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllBytes(receivedPath, s_utf8.GetBytes(actual));
        Assert.Fail(expected is null
            ? $"{expectedPath} does not exist; review {receivedPath} and rename it."
            : $"{testCase}: output differs from expected.html at {FirstDifference(expected, actual)}; see {receivedPath} (diff the two; copy it over expected.html if it is right).");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var index = 0;
        while (index < expected.Length && index < actual.Length && expected[index] == actual[index])
        {
            index++;
        }
        var line = 1 + actual.AsSpan(0, index).Count('\n');
        var context = actual.Substring(index, Math.Min(40, actual.Length - index));
        return $"character {index} (line {line}), received \"{context}\"";
    }
}
