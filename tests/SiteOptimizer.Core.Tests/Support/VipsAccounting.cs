using NetVips;

namespace SiteOptimizer.Tests.Support;

/// <summary>libvips' own accounting, which tests read to find leaks.</summary>
internal static class VipsAccounting
{
    /// <summary>Makes libvips report objects still alive at shutdown.</summary>
    public static void EnableLeakChecks() => NetVips.NetVips.Leak = true;

    public static long TrackedMemory => Stats.Mem;

    public static int TrackedAllocations => Stats.Allocations;
}
