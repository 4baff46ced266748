using SiteOptimizer.Configuration;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Emit;

public sealed class OutputLockTests
{
    private static readonly OptimizerOptions s_textOnly = new() { Images = new ImageOptions { Enabled = false } };

    [Fact]
    public void Acquire_WhileAnotherHoldsTheFolder_ThrowsNamingThatRun()
    {
        using var temp = new TempDirectory();
        using var first = OutputLock.Acquire(temp.Path, TimeProvider.System);

        var refused = Assert.Throws<OutputFolderInUseException>(() => OutputLock.Acquire(temp.Path, TimeProvider.System));

        Assert.Contains($"process {Environment.ProcessId} on {Environment.MachineName}, started ", refused.Owner, StringComparison.Ordinal);
        Assert.Contains(refused.Owner!, refused.Message, StringComparison.Ordinal);
        Assert.Contains(temp.Path, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_RemovesBothFilesAndFreesTheFolder()
    {
        using var temp = new TempDirectory();

        OutputLock.Acquire(temp.Path, TimeProvider.System).Dispose();

        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        OutputLock.Acquire(temp.Path, TimeProvider.System).Dispose();
    }

    [Fact]
    public async Task Optimize_IntoAFolderAnotherRunHolds_WritesNothing()
    {
        using var temp = new TempDirectory();
        var site = Site(temp.Combine("site"));
        var output = temp.Combine("out");
        using (OutputLock.Acquire(output, TimeProvider.System))
        {
            await Assert.ThrowsAsync<OutputFolderInUseException>(() => new SiteOptimizerPipeline(s_textOnly).OptimizeAsync(site, output));

            Assert.Equal([OutputLock.LockFileName, OutputLock.OwnerFileName], Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Optimize_ASiteWithLockFilesAKilledRunLeft_NeitherCopiesNorKeepsThem()
    {
        using var temp = new TempDirectory();
        var site = Site(temp.Combine("site"));
        File.WriteAllText(Path.Combine(site, OutputLock.LockFileName), "");
        File.WriteAllText(Path.Combine(site, OutputLock.OwnerFileName), "process 1 on elsewhere");
        var output = temp.Combine("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, OutputLock.LockFileName), "");

        var report = await new SiteOptimizerPipeline(s_textOnly).OptimizeAsync(site, output);

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith(".siteopt", StringComparison.Ordinal));
        Assert.DoesNotContain(report.FileSizes, f => f.Path.Contains(".siteopt", StringComparison.Ordinal));
    }

    private static string Site(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), "<!doctype html><title>Lock</title><p>Hello,   world.</p>\n");
        return folder;
    }
}
