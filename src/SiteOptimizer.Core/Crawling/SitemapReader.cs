using System.Xml;

namespace SiteOptimizer.Crawling;

/// <summary>Reads the <c>&lt;loc&gt;</c> URLs of a sitemap or sitemap index, safely (no DTDs, bounded).</summary>
internal static class SitemapReader
{
    private const int MaxUrls = 50_000;

    /// <summary>The URLs listed, and whether the file is a sitemap index (its URLs are more sitemaps).</summary>
    public static (IReadOnlyList<string> Urls, bool IsIndex) Read(byte[] xml)
    {
        var urls = new List<string>();
        var isIndex = false;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            while (reader.Read() && urls.Count < MaxUrls)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (reader.LocalName == "sitemapindex")
                {
                    isIndex = true;
                }
                else if (reader.LocalName == "loc")
                {
                    urls.Add(reader.ReadElementContentAsString().Trim());
                }
            }
        }
        catch (XmlException)
        {
            // A broken sitemap only means fewer entry pages; the links are still crawled.
        }
        return (urls, isIndex);
    }
}
