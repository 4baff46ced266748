using SiteOptimizer.Discovery;

namespace SiteOptimizer.Tests.Discovery;

public sealed class SrcsetParserTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "a.jpg", ["a.jpg"] },
        { "a-480.jpg 480w, a-800.jpg 800w", ["a-480.jpg|480w", "a-800.jpg|800w"] },
        { "  a.jpg   1x ,\n\t b.jpg\n 2x  ", ["a.jpg|1x", "b.jpg|2x"] },
        { "a.jpg,b.jpg 2x", ["a.jpg,b.jpg|2x"] },
        { "a.jpg, b.jpg 2x", ["a.jpg", "b.jpg|2x"] },
        { "a.jpg,, b.jpg 2x,", ["a.jpg", "b.jpg|2x"] },
        { "photo,small.jpg 1x, photo,large.jpg 2x", ["photo,small.jpg|1x", "photo,large.jpg|2x"] },
        { "https://cdn.example.com/i/w_480,h_320/a.jpg 480w", ["https://cdn.example.com/i/w_480,h_320/a.jpg|480w"] },
        { "a.jpg 100w 2x, b.jpg", ["a.jpg|100w 2x", "b.jpg"] },
        { "a.jpg foo(1, 2) 1x, b.jpg 2x", ["a.jpg|foo(1, 2) 1x", "b.jpg|2x"] },
        { ",,, ", [] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_FollowsTheHtmlSrcsetAlgorithm(string srcset, string[] expected)
    {
        var candidates = SrcsetParser.Parse(srcset)
            .Select(c => c.Descriptor is null ? c.Url : c.Url + "|" + c.Descriptor);

        Assert.Equal(expected, candidates);
    }
}
