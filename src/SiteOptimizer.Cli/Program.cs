using SiteOptimizer.Cli.Commands;

return await SiteoptCommand.RunAsync(args, Console.Out, Console.Error);
