using System.Text;

namespace SiteOptimizer.Crawling;

/// <summary>Bytes of HTML, CSS or JS to text: a byte-order mark wins, else UTF-8 (what the web defaults to).</summary>
internal static class TextDecoding
{
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
