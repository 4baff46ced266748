using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// One <c>&lt;script&gt;</c> of a page (inline or external, classic or module) together with the
/// modules it imports statically: what it does with images is spread over those files.
/// </summary>
/// <param name="Images">Each image reference with the file it was written in (the page, for inline code).</param>
/// <param name="Anchors">The selectors of the elements the code looks up.</param>
/// <param name="CreatesImages">Some of the code makes image elements.</param>
/// <param name="Sizes">A <c>sizes</c> value the code sets.</param>
internal sealed record ScriptUnit(IReadOnlyList<(string File, Reference Image)> Images, IReadOnlyList<string> Anchors, bool CreatesImages, string? Sizes)
{
    /// <summary>The <c>&lt;script&gt;</c> element.</summary>
    public IElement? Script { get; init; }

    /// <summary>The site paths of the modules it imports statically (as far as it was read), in the order found.</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    // Deep enough for an entry module, a component and a data module; a whole application's
    // graph is not what decides the first image.
    private const int MaxImportDepth = 3;

    public static IEnumerable<ScriptUnit> Of(IDocument document, string pagePath, Func<string, string?> readText)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var kind = HtmlScriptType.Of(script.GetAttribute("type"));
            if (kind == HtmlScriptKind.Data)
            {
                continue;
            }
            var src = script.GetAttribute("src");
            var file = src is null ? pagePath : SitePaths.Resolve(pagePath, src);
            var code = src is null ? script.TextContent : file is null ? null : readText(file);
            if (file is not null && code is not null)
            {
                yield return Read(file, code, kind == HtmlScriptKind.Module, readText) with { Script = script };
            }
        }
    }

    private static ScriptUnit Read(string entry, string entryCode, bool isModule, Func<string, string?> readText)
    {
        var images = new List<(string, Reference)>();
        var anchors = new List<string>();
        var createsImages = false;
        string? sizes = null;
        var seen = new HashSet<string>(StringComparer.Ordinal) { entry };
        var imports = new List<string>();
        var queue = new Queue<(string File, string Code, int Depth)>([(entry, entryCode, 0)]);
        while (queue.TryDequeue(out var current))
        {
            var found = ScriptImageExtractor.Read(current.Code);
            images.AddRange(found.Images.Select(i => (current.File, i)));
            anchors.AddRange(found.Anchors);
            createsImages |= found.CreatesImages;
            sizes ??= found.Sizes;
            if (!isModule || current.Depth >= MaxImportDepth)
            {
                continue;
            }
            foreach (var import in ModuleImportExtractor.Extract(current.Code).References.Where(r => !r.IsAsync))
            {
                if (SitePaths.Resolve(current.File, import.Url) is { } path && seen.Add(path) && readText(path) is { } code)
                {
                    imports.Add(path);
                    queue.Enqueue((path, code, current.Depth + 1));
                }
            }
        }
        return new ScriptUnit(images, anchors, createsImages, sizes) { Imports = imports };
    }
}
