using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>siteopt config validate [file]</c> and <c>siteopt config schema</c>.</summary>
internal static class ConfigCommand
{
    public static Command Create() => new("config", $"Check an {OptimizerConfig.DefaultFileName}, or print its JSON Schema.")
    {
        CreateValidate(),
        CreateSchema(),
    };

    private static Command CreateValidate()
    {
        var file = new Argument<string>("file")
        {
            Description = "The settings file to check.",
            DefaultValueFactory = _ => OptimizerConfig.DefaultFileName,
        };
        var command = new Command("validate", "Check a settings file as a run would load it: every unknown or duplicate key, wrong type and out-of-range value, with line and column.")
        {
            file,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            try
            {
                OptimizerConfig.Load(path);
            }
            catch (ConfigException error)
            {
                await DiagnosticWriter.WriteAsync(parseResult.InvocationConfiguration.Error, error.Diagnostics).ConfigureAwait(false);
                return ExitCodes.ConfigError;
            }
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{path}: valid").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSchema()
    {
        var command = new Command("schema", $"Print the JSON Schema of {OptimizerConfig.DefaultFileName} (the committed {OptimizerSchema.FileName} is this output).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await parseResult.InvocationConfiguration.Output.WriteAsync(OptimizerSchema.Generate()).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
