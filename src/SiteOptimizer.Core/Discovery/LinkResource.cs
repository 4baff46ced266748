namespace SiteOptimizer.Discovery;

/// <summary>What a <c>&lt;link&gt;</c> asks the browser to fetch, and how it finds out.</summary>
internal readonly record struct LinkResource(ResourceType Type, DiscoveryKind Discovery, bool IsStylesheet);
