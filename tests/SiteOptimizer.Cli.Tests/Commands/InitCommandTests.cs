using SiteOptimizer.Cli;
using SiteOptimizer.Configuration;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

public sealed class InitCommandTests
{
    [Fact]
    public async Task Init_WritesTheCommittedStarterAndSchema_WhichValidateAndLoadToTheDefaults()
    {
        using var temp = new TempDirectory();
        var config = temp.Combine("optimizer.json");

        var run = await CliRun.RunAsync("init", "--output", config);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "optimizer.json")).ReplaceLineEndings("\n"), File.ReadAllText(config));
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "optimizer.schema.json")).ReplaceLineEndings("\n"), File.ReadAllText(temp.Combine("optimizer.schema.json")));
        var loaded = OptimizerConfig.Load(config);
        Assert.Equal("./optimizer.schema.json", loaded.Schema);
        Assert.Equal(OptimizerConfig.Serialize(new OptimizerOptions { Schema = loaded.Schema }), OptimizerConfig.Serialize(loaded));
        var validate = await CliRun.RunAsync("config", "validate", config);
        Assert.Equal(ExitCodes.Success, validate.ExitCode);
    }

    [Fact]
    public async Task Init_IntoAFolder_WritesOptimizerJsonInsideIt()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("init", "-o", temp.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(temp.Combine("optimizer.json")));
        Assert.True(File.Exists(temp.Combine("optimizer.schema.json")));
    }

    [Fact]
    public async Task Init_WhenTheFileExists_RefusesAndChangesNothing()
    {
        using var temp = new TempDirectory();
        var config = temp.Combine("optimizer.json");
        File.WriteAllText(config, "{ \"images\": { \"enabled\": false } }");

        var run = await CliRun.RunAsync("init", "--output", config);

        Assert.Equal(ExitCodes.InputOutputError, run.ExitCode);
        Assert.Contains("already exists", run.Error);
        Assert.Contains("--force", run.Error);
        Assert.Equal("{ \"images\": { \"enabled\": false } }", File.ReadAllText(config));
        Assert.False(File.Exists(temp.Combine("optimizer.schema.json")));
    }

    [Fact]
    public async Task Init_WhenOnlyTheSchemaExists_RefusesToo()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("optimizer.schema.json"), "{}");

        var run = await CliRun.RunAsync("init", "--output", temp.Combine("optimizer.json"));

        Assert.Equal(ExitCodes.InputOutputError, run.ExitCode);
        Assert.False(File.Exists(temp.Combine("optimizer.json")));
    }

    [Fact]
    public async Task Init_WithForce_Overwrites()
    {
        using var temp = new TempDirectory();
        var config = temp.Combine("optimizer.json");
        File.WriteAllText(config, "{ \"images\": { \"enabled\": false } }");
        File.WriteAllText(temp.Combine("optimizer.schema.json"), "{}");

        var run = await CliRun.RunAsync("init", "--output", config, "--force");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(OptimizerConfig.CreateStarter(), File.ReadAllText(config));
        Assert.Equal(OptimizerSchema.Generate(), File.ReadAllText(temp.Combine("optimizer.schema.json")));
    }
}
