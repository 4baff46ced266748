using System.Collections.Concurrent;
using SiteOptimizer.Configuration;
using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// The variants each image of a live site needs, planned by <see cref="VariantPlan"/> from the
/// mirrored pages and stylesheets, as the rewrite of the mirror will plan them: no image is
/// encoded in a width or format no page asks for. The plan is made once, when every page and
/// stylesheet has arrived (<see cref="Crawling.Crawler.TextsHandedOn"/>); images wait for it.
/// </summary>
internal sealed class MirrorVariantPlan(OptimizerOptions options)
{
    // The images have not all arrived when the plan is made: each referenced one counts as a
    // photograph until its own bytes say otherwise (an icon or an animation gets nothing).
    private static readonly ProbedImage s_notYetSeen = new(ImageFormat.Jpeg, 4096, 4096, Animated: false);

    private readonly ConcurrentQueue<TextFile> _texts = new();
    private readonly object _planning = new();
    private Dictionary<string, ImageVariants>? _plan;

    /// <summary>Keeps a mirrored file that is a page or a stylesheet (by its path in the mirror), for the plan.</summary>
    public void Add(SiteFile file)
    {
        if (options.Hints.Enabled && file.Type is FileType.Html or FileType.Css && FolderPlan.ReadText(file).Text is { } text)
        {
            _texts.Enqueue(text);
        }
    }

    /// <summary>What to make of the image at <paramref name="path"/>; call only once every page and stylesheet is in.</summary>
    public ImageVariants For(string path, byte[] image)
    {
        if (!options.Hints.Enabled || ImageProbe.Read(image) is not { IsIcon: false, Animated: false })
        {
            return ImageVariants.None;
        }
        lock (_planning)
        {
            _plan ??= VariantPlan.Build(
                _texts.Where(t => t.File.Type == FileType.Html).Select(t => (t.Path, t.Original)),
                _texts.Where(t => t.File.Type == FileType.Css).Select(t => (t.Path, t.Original)),
                _ => s_notYetSeen, options.Images, options.Hints);
        }
        return _plan.GetValueOrDefault(path, ImageVariants.None);
    }
}
