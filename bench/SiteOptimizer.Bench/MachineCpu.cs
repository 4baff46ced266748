namespace SiteOptimizer.Bench;

/// <summary>
/// CPU time all processes on the machine have used (Linux <c>/proc/stat</c>), so a run can say
/// how much of the cores something else took while it was being timed. Null where unavailable.
/// </summary>
internal static class MachineCpu
{
    // USER_HZ: /proc/stat counts in 1/100 s on every Linux architecture .NET runs on.
    private const double MillisecondsPerTick = 10;

    public static double? BusyMilliseconds()
    {
        try
        {
            // cpu  user nice system idle iowait irq softirq steal guest guest_nice
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ticks = fields.Skip(1).Take(8).Select(long.Parse).ToArray();
            return (ticks.Sum() - ticks[3] - ticks[4]) * MillisecondsPerTick;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
