using SiteOptimizer.Configuration;
using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Tests.Configuration;

public sealed class OptimizerConfigTests
{
    private const string File = "optimizer.json";

    [Fact]
    public void Parse_UnknownKey_IsAnErrorAtTheKeyWithASuggestion()
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("{\n  \"images\": {\n    \"jpeg\": { \"qualty\": 80 }\n  }\n}\n", File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((3, 15), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("unknown setting 'qualty' in images.jpeg; did you mean 'quality'?", diagnostic.Message);
        Assert.Equal("optimizer.json(3,15): error SO0100: unknown setting 'qualty' in images.jpeg; did you mean 'quality'?", diagnostic.ToString());
    }

    [Fact]
    public void Parse_UnknownKeyFarFromAnyKnownOne_ListsTheKnownKeys()
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("{ \"images\": { \"gif\": { \"frames\": 3 } } }", File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((1, 24), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("unknown setting 'frames' in images.gif; known: effort", diagnostic.Message);
    }

    [Fact]
    public void Parse_KeyInTheWrongCase_IsUnknown()
    {
        // The schema is case-sensitive, so loading is too: an editor and a run never disagree.
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("{\n\t\"Images\": {}\n}", File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((2, 2), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("unknown setting 'Images' at the top level; did you mean 'images'?", diagnostic.Message);
    }

    [Fact]
    public void Parse_DuplicateKey_IsAnErrorAtTheSecondOneNamingTheFirst()
    {
        var json = "{\n  \"images\": {\n    \"webP\": { \"effort\": 6,\n              \"effort\": 2 }\n  }\n}";

        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(json, File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((4, 15), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("images.webP.effort is set twice; the first is at line 3, column 15", diagnostic.Message);
    }

    [Theory]
    [InlineData("\"80\"", "images.jpeg.quality must be a whole number from 1 to 100, not \"80\"")]
    [InlineData("80.5", "images.jpeg.quality must be a whole number from 1 to 100, not 80.5")]
    [InlineData("null", "images.jpeg.quality must be a whole number from 1 to 100, not null")]
    [InlineData("{ }", "images.jpeg.quality must be a whole number from 1 to 100, not an object")]
    [InlineData("99999999999", "images.jpeg.quality must be a whole number from 1 to 100, not 99999999999")]
    public void Parse_WrongType_IsAnErrorAtTheValue(string value, string message)
    {
        var json = "{\n  \"images\": {\n    \"jpeg\": {\n      \"quality\": " + value + "\n    }\n  }\n}";

        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(json, File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((4, 18), (diagnostic.Line, diagnostic.Column));
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Parse_NullForANonNullableString_IsAWrongType()
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("{ \"crawl\": { \"userAgent\": null } }", File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((1, 27), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("crawl.userAgent must be a string, not null", diagnostic.Message);
    }

    [Theory]
    [InlineData("images", "jpeg", "quality", "0", "images.jpeg.quality is 0; it must be from 1 to 100")]
    [InlineData("images", "jpeg", "quality", "101", "images.jpeg.quality is 101; it must be from 1 to 100")]
    [InlineData("images", "png", "compression", "10", "images.png.compression is 10; it must be from 0 to 9")]
    [InlineData("images", "png", "maxPaletteDeltaE", "-0.5", "images.png.maxPaletteDeltaE is -0.5; it must be at least 0")]
    [InlineData("images", "webP", "effort", "7", "images.webP.effort is 7; it must be from 0 to 6")]
    [InlineData("images", "avif", "effort", "10", "images.avif.effort is 10; it must be from 0 to 9")]
    [InlineData("images", "gif", "effort", "0", "images.gif.effort is 0; it must be from 1 to 10")]
    [InlineData("crawl", "maxPages", null, "-1", "crawl.maxPages is -1; it must be at least 1")]
    [InlineData("crawl", "requestTimeoutSeconds", null, "0", "crawl.requestTimeoutSeconds is 0; it must be more than 0 and at most 86400")]
    [InlineData("crawl", "maxBodyBytes", null, "3000000000", "crawl.maxBodyBytes is 3000000000; it must be from 1 to 2147483647")]
    [InlineData("crawl", "maxRedirects", null, "21", "crawl.maxRedirects is 21; it must be from 0 to 20")]
    public void Parse_OutOfRange_IsAnErrorAtTheValue(string section, string key, string? subKey, string value, string message)
    {
        // The value always starts on line 3, column 7 + the key's length.
        var setting = subKey is null
            ? $"{{\n  \"{section}\": {{\n    \"{key}\": {value}\n  }}\n}}"
            : $"{{\n  \"{section}\": {{ \"{key}\": {{\n    \"{subKey}\": {value}\n  }} }}\n}}";
        var column = 5 + (subKey ?? key).Length + 4;

        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(setting, File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new Diagnostic(DiagnosticCodes.InvalidConfig, DiagnosticSeverity.Error, File, 3, column, message), diagnostic);
    }

    [Fact]
    public void Parse_SeveralOutOfRangeValues_ReportsAllInFileOrder()
    {
        var json = """
            {
              "images": { "jpeg": { "quality": 0 }, "webP": { "effort": 9 } },
              "crawl": { "maxPages": 0 }
            }
            """;

        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(json, File));

        Assert.Equal(
            [(2, 36, "images.jpeg.quality"), (2, 61, "images.webP.effort"), (3, 26, "crawl.maxPages")],
            error.Diagnostics.Select(d => (d.Line, d.Column, d.Message.Split(' ')[0])));
        Assert.Equal((2, 36), (error.Line, error.Column));
        Assert.EndsWith("(and 2 more problems; 'siteopt config validate' lists them all)", error.ToDiagnostic().Message);
    }

    [Fact]
    public void Parse_SeveralUnknownAndDuplicateKeys_ReportsAllAtOnce()
    {
        var json = "{ \"imgs\": {}, \"crawl\": { \"retries\": 1, \"retries\": 2, \"maxPage\": 3 } }";

        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(json, File));

        Assert.Equal([3, 40, 54], error.Diagnostics.Select(d => d.Column));
    }

    [Fact]
    public void Parse_NullMaxWidth_IsAllowedAndZeroIsNot()
    {
        Assert.Null(OptimizerConfig.Parse("{ \"images\": { \"maxWidth\": null } }", File).Images.MaxWidth);

        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("{ \"images\": { \"maxWidth\": 0 } }", File));
        Assert.Equal("images.maxWidth is 0; it must be at least 1", Assert.Single(error.Diagnostics).Message);
    }

    [Fact]
    public void Parse_MalformedJson_IsAnErrorAtTheFault()
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("{\n  \"images\": { \"enabled\": tru }\n}", File));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("tru", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    public void Parse_RootThatIsNotAnObject_IsAnError(string json)
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(json, File));

        Assert.Equal("optimizer.json(1,1): error SO0100: the configuration must be a JSON object: { … }", Assert.Single(error.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t")]
    public void Parse_EmptyFile_SaysSo(string json)
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(json, File));

        Assert.StartsWith("the file is empty", Assert.Single(error.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ColumnsCountCharactersNotBytes()
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("{ /* qualité */ \"images\": { \"jpeg\": { \"quality\": 0 } } }", File));

        Assert.Equal(50, Assert.Single(error.Diagnostics).Column);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAllowed()
    {
        var options = OptimizerConfig.Parse("""
            {
              // the photographers want more detail
              "images": { "jpeg": { "quality": 90, }, },
            }
            """, File);

        Assert.Equal(90, options.Images.Jpeg.Quality);
        Assert.Equal(new OptimizerOptions().Images.Png, options.Images.Png);
    }

    [Fact]
    public void Parse_EmptyObject_IsTheDefaults()
    {
        var options = OptimizerConfig.Parse("{}", File);

        Assert.Equal(OptimizerConfig.Serialize(new OptimizerOptions()), OptimizerConfig.Serialize(options));
    }

    [Fact]
    public void SerializeThenParse_EveryNonDefaultSetting_RoundTrips()
    {
        var defaults = new OptimizerOptions();
        var options = defaults with
        {
            Schema = "https://example.test/optimizer.schema.json",
            Crawl = defaults.Crawl with { MaxPages = 7, Include = ["/blog/**"], Exclude = ["/admin/**", "/tmp/**"], RequestTimeoutSeconds = 2.5, MaxBodyBytes = 1234, UserAgent = "ua" },
            Images = defaults.Images with
            {
                Enabled = false,
                MaxWidth = 1600,
                Concurrency = 3,
                MinSavings = 0.1,
                Widths = [320, 2048],
                Jpeg = new() { Quality = 1, MozJpeg = false },
                Png = new() { Compression = 9, Palette = false, Effort = 10, MaxPaletteDeltaE = 0.25 },
                WebP = new() { Variants = false, Quality = 100, Effort = 0 },
                Avif = new() { Variants = false, Quality = 1, Effort = 9 },
                Gif = new() { Effort = 1 },
            },
        };
        var json = OptimizerConfig.Serialize(options);

        var parsed = OptimizerConfig.Parse(json, File);

        Assert.Equal(json, OptimizerConfig.Serialize(parsed));
        // Lists compare by reference in records: compare them apart.
        Assert.Equal(options.Images with { Widths = [] }, parsed.Images with { Widths = [] });
        Assert.Equal([320, 2048], parsed.Images.Widths);
        Assert.Equal(["/admin/**", "/tmp/**"], parsed.Crawl.Exclude);
    }

    [Fact]
    public void Load_MissingFile_IsAConfigErrorWithoutAPosition()
    {
        var path = Path.Combine(Path.GetTempPath(), "siteopt-missing-" + Guid.NewGuid().ToString("N"), "optimizer.json");

        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Load(path));

        Assert.Equal((path, 0, 0), (error.File, error.Line, error.Column));
        Assert.StartsWith("cannot read the configuration file", error.Message, StringComparison.Ordinal);
    }
}
