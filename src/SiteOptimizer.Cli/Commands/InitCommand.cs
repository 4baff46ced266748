using System.CommandLine;
using SiteOptimizer.Configuration;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// <c>siteopt init</c>: a starter optimizer.json with every setting at its default, and the
/// schema beside it, so "$schema" resolves offline and always matches this version of siteopt.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = $"Where to write the settings file; a folder means {OptimizerConfig.DefaultFileName} inside it. {OptimizerSchema.FileName} is written beside it.",
            DefaultValueFactory = _ => OptimizerConfig.DefaultFileName,
        };
        var force = new Option<bool>("--force", "-f") { Description = "Overwrite the files if they exist." };

        var command = new Command("init", $"Write a starter {OptimizerConfig.DefaultFileName} with every setting at its default, and the JSON Schema editors use to complete and check it.")
        {
            output, force,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var writer = parseResult.InvocationConfiguration.Output;
            var errors = parseResult.InvocationConfiguration.Error;
            var config = parseResult.GetValue(output)!;
            if (Directory.Exists(config))
            {
                config = Path.Combine(config, OptimizerConfig.DefaultFileName);
            }
            var schema = Path.Combine(Path.GetDirectoryName(config) ?? "", OptimizerSchema.FileName);
            var existing = new[] { config, schema }.Where(File.Exists).ToList();
            if (existing.Count > 0 && !parseResult.GetValue(force))
            {
                await errors.WriteLineAsync($"siteopt: {string.Join(" and ", existing)} already exist{(existing.Count == 1 ? "s" : "")}; nothing was written. Use --force to overwrite.").ConfigureAwait(false);
                return ExitCodes.InputOutputError;
            }
            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(config)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }
                await File.WriteAllTextAsync(config, OptimizerConfig.CreateStarter(), cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(schema, OptimizerSchema.Generate(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                await errors.WriteLineAsync("siteopt: " + error.Message).ConfigureAwait(false);
                return ExitCodes.InputOutputError;
            }
            await writer.WriteLineAsync($"Wrote {config} (every setting at its default) and {schema}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
