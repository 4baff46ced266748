using SiteOptimizer.Cli;
using SiteOptimizer.Cli.Commands;

StartupWarmUp.Start(args);
return await SiteoptCommand.RunAsync(args, Console.Out, Console.Error);
