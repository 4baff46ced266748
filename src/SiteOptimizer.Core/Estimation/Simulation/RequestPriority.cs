namespace SiteOptimizer.Estimation.Simulation;

/// <summary>Chrome's request priorities, lowest first, as DevTools names them.</summary>
internal enum RequestPriority
{
    VeryLow,
    Low,
    Medium,
    High,
    VeryHigh,
}
