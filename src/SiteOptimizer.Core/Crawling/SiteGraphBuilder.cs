using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;

namespace SiteOptimizer.Crawling;

/// <summary>Turns the crawl's nodes and references into the immutable, ordered <see cref="SiteGraph"/>.</summary>
internal static class SiteGraphBuilder
{
    public static SiteEdge Edge(Uri from, Uri to, Reference reference) => new(
        from.AbsoluteUri, to.AbsoluteUri, reference.Discovery, 0, reference.Line, reference.Column,
        reference.Element, reference.Origin, reference.IsAsync, reference.IsDeferred, reference.IsLazy,
        reference.IsRenderBlocking, reference.FetchPriority);

    public static SiteGraph Build(Uri root, IReadOnlyList<Uri> entries, IEnumerable<CrawlNode> nodes, IEnumerable<SiteEdge> edges)
    {
        var resources = nodes.Select(n => n.ToResource()).OrderBy(r => r.Url, StringComparer.Ordinal).ToList();
        var pages = resources.Where(r => r.IsPage).Select(r => r.Url).ToHashSet(StringComparer.Ordinal);
        var unique = edges
            .DistinctBy(e => (e.From, e.To, e.Line, e.Column, e.Origin))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList();
        var depth = SubresourceDepths(pages, unique);
        var withDepth = unique
            .Select(e => e.Discovery == DiscoveryKind.Navigation ? e : e with { Depth = (pages.Contains(e.From) ? 0 : depth.GetValueOrDefault(e.From, 0)) + 1 })
            .ToList();
        return new SiteGraph(root.AbsoluteUri, [.. entries.Select(e => e.AbsoluteUri).Distinct()], resources, withDepth, LongestChain(root.AbsoluteUri, unique));
    }

    // Depth of each subresource below the nearest page: what the HTML names is 1, what that names 2, …
    private static Dictionary<string, int> SubresourceDepths(HashSet<string> pages, List<SiteEdge> edges)
    {
        var children = edges.Where(e => e.Discovery != DiscoveryKind.Navigation).ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(pages);
        foreach (var page in pages)
        {
            depth[page] = 0;
        }
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current])
            {
                if (!depth.ContainsKey(child))
                {
                    depth[child] = depth[current] + 1;
                    queue.Enqueue(child);
                }
            }
        }
        return depth;
    }

    // Breadth-first distance from the root over every reference, counted in requests.
    private static int LongestChain(string root, List<SiteEdge> edges)
    {
        var children = edges.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [root] = 1 };
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current].Where(c => !distance.ContainsKey(c)))
            {
                distance[child] = distance[current] + 1;
                queue.Enqueue(child);
            }
        }
        return distance.Values.Max();
    }
}
