using SiteOptimizer.Reports;

namespace SiteOptimizer.Tests.Reports;

public sealed class ReportJsonWarmUpTests
{
    // Its sample report must stay serialisable as the report's types change.
    [Fact]
    public void Run_SerialisesItsSampleReport() => ReportJsonWarmUp.Run();
}
