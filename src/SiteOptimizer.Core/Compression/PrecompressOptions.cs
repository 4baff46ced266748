using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Compression;

/// <summary>Precompressed siblings of text assets (the <c>precompress</c> section of optimizer.json).</summary>
public sealed record PrecompressOptions
{
    /// <summary>Write a Brotli sibling (<c>name.ext.br</c>, quality 11) when it is smaller than the file.</summary>
    [Description("Write a Brotli sibling (name.ext.br, quality 11) when it is smaller than the file.")]
    public bool Brotli { get; set; } = true;

    /// <summary>Write a gzip sibling (<c>name.ext.gz</c>, level 9) when it is smaller than the file.</summary>
    [Description("Write a gzip sibling (name.ext.gz, level 9) when it is smaller than the file.")]
    public bool Gzip { get; set; } = true;

    /// <summary>Smallest file compressed, in bytes: a response this small fits in one TCP packet with its headers either way.</summary>
    [Description("Smallest file compressed, in bytes: a response this small fits in one TCP packet with its headers either way.")]
    [Range(0, int.MaxValue)]
    public int MinBytes { get; set; } = 1024;

    /// <summary>File extensions that get siblings: text formats, and binary ones that are not compressed already (not JPEG, PNG, WebP, AVIF, GIF, WOFF2).</summary>
    [Description("File extensions that get siblings: text formats, and binary ones that are not compressed already (not JPEG, PNG, WebP, AVIF, GIF, WOFF2).")]
    public IReadOnlyList<string> Extensions { get; set; } =
    [
        ".html", ".htm", ".css", ".js", ".mjs", ".json", ".map", ".xml", ".rss", ".atom", ".svg", ".txt", ".csv",
        ".webmanifest", ".ico", ".wasm", ".ttf", ".otf", ".eot",
    ];
}
