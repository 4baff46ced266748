using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

public sealed class ConfigCommandTests
{
    [Fact]
    public async Task Validate_TheCommittedFile_SaysValid()
    {
        var config = Path.Combine(TestPaths.RepoRoot, "optimizer.json");

        var run = await CliRun.RunAsync("config", "validate", config);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"{config}: valid\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Validate_BadFile_PrintsEveryProblemWithPositionAndExitsWithConfigError()
    {
        using var temp = new TempDirectory();
        var config = temp.Combine("optimizer.json");
        File.WriteAllText(config, "{\n  \"images\": {\n    \"jpeg\": { \"quality\": 101 },\n    \"gif\": { \"effort\": 0 }\n  }\n}\n");

        var run = await CliRun.RunAsync("config", "validate", config);

        Assert.Equal(ExitCodes.ConfigError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            $"{config}(3,26): error SO0100: images.jpeg.quality is 101; it must be from 1 to 100\n" +
            $"{config}(4,24): error SO0100: images.gif.effort is 0; it must be from 1 to 10\n",
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsWithConfigError()
    {
        using var temp = new TempDirectory();
        var config = temp.Combine("nowhere.json");

        var run = await CliRun.RunAsync("config", "validate", config);

        Assert.Equal(ExitCodes.ConfigError, run.ExitCode);
        Assert.StartsWith($"{config}: error SO0100: cannot read the configuration file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_PrintsTheCommittedSchema()
    {
        var run = await CliRun.RunAsync("config", "schema");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "optimizer.schema.json")).ReplaceLineEndings("\n"), run.Output);
    }

    [Fact]
    public async Task Config_WithoutASubcommand_IsAUsageError()
    {
        var run = await CliRun.RunAsync("config");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
    }
}
