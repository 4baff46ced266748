using SiteOptimizer.Minification;

namespace SiteOptimizer.Tests.Minification;

public sealed class EsbuildLocatorTests
{
    [Fact]
    public void Find_WithoutOverride_FindsTheCopyTheBuildBundled()
    {
        var found = EsbuildLocator.Find(null);

        Assert.Contains(Path.Combine("runtimes", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "native"), found, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_OverrideThatDoesNotExist_FailsNamingItInsteadOfFallingBack()
    {
        var error = Assert.Throws<EsbuildNotFoundException>(() => EsbuildLocator.Find("/nowhere/esbuild"));

        Assert.Equal(["/nowhere/esbuild"], error.Tried);
        Assert.Contains(EsbuildLocator.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }
}
