using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation.Simulation;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>The static imports of a module: found only once the module has arrived and been parsed, one level at a time.</summary>
internal static class ModuleRequests
{
    public static void AddImports(RequestList list, int module, SiteFiles files, ModelConstants constants)
    {
        var parent = list.Requests[module];
        foreach (var import in ModuleImportExtractor.Extract(files.ReadText(parent.Url) ?? "").References.Where(r => !r.IsAsync && r.Discovery != DiscoveryKind.Navigation))
        {
            var path = SitePaths.Resolve(parent.Url, import.Url);
            if (path is null || list.IndexOf(path) >= 0)
            {
                continue;
            }
            var index = list.Add(path, ResourceType.Module, parent.Priority, DiscoveryRule.WhenParentDone, module,
                describe: r => r with { CpuMs = list.TextKb(path) * constants.ScriptMsPerKb });
            if (index >= 0)
            {
                AddImports(list, index, files, constants);
            }
        }
    }
}
