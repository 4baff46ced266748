using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Configuration;

/// <summary>
/// Compares a generated file with its committed copy at the repository root; on a mismatch,
/// writes <c>name.received.ext</c> beside it (git ignores those) and fails saying how to accept it.
/// </summary>
internal static class CommittedFile
{
    public static void AssertMatches(string fileName, string generated, string regenerate)
    {
        var committedPath = Path.Combine(TestPaths.RepoRoot, fileName);
        var receivedPath = Path.ChangeExtension(committedPath, ".received" + Path.GetExtension(committedPath));
        // A checkout with CRLF line ends is still the same file.
        var committed = File.Exists(committedPath) ? File.ReadAllText(committedPath).ReplaceLineEndings("\n") : null;
        if (committed == generated)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, generated);
        Assert.Fail(
            $"{fileName} differs from what the options types generate (written to {Path.GetFileName(receivedPath)}). " +
            $"If the change is intended, accept it: {regenerate} (or copy {Path.GetFileName(receivedPath)} over {fileName}) and commit it.");
    }
}
