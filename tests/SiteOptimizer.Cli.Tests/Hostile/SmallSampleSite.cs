using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// A copy of the sample site with its photographs scaled down to 320 pixels, so a test can
/// optimize it many times in a few seconds each: every page, stylesheet, script, font and
/// kind of image is still there.
/// </summary>
internal static class SmallSampleSite
{
    public static string CopyTo(string folder)
    {
        foreach (var source in Directory.EnumerateFiles(TestPaths.SampleSite, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(TestPaths.SampleSite, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (source.EndsWith(".jpg", StringComparison.Ordinal))
            {
                using var small = VipsOperations.Thumbnail(File.ReadAllBytes(source), 320);
                File.WriteAllBytes(target, VipsOperations.Save("jpegsave_buffer", small, "Q=92,keep=none"));
            }
            else
            {
                File.Copy(source, target);
            }
        }
        return folder;
    }
}
