using SiteOptimizer.Crawling;

namespace SiteOptimizer.Pipeline;

/// <summary>An HTML, CSS or JavaScript file of the site, read as text, and what it becomes.</summary>
internal sealed class TextFile(SiteFile file, string original)
{
    public SiteFile File { get; } = file;

    public string Path => File.RelativePath;

    public string Original { get; } = original;

    /// <summary>The encoding it was read in, and is written back in.</summary>
    public TextCharset Charset { get; init; } = TextCharset.Utf8;

    /// <summary>The text to write: the original until a stage changes it.</summary>
    public string Current { get; set; } = original;

    public bool Changed => !ReferenceEquals(Current, Original) && Current != Original;
}
