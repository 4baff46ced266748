using SiteOptimizer.Integrity;

namespace SiteOptimizer.Tests.Integrity;

/// <summary>Integrity values found in a page's source, each located exactly so it can be replaced in place.</summary>
public sealed class IntegrityScannerTests
{
    [Fact]
    public void Find_AttributeWithCharacterReferences_SpansTheValueAsWritten()
    {
        const string Html = "<!doctype html><head>\r\n<link rel=stylesheet href=\"/a.css\" integrity=\"sha256-ab&#43;c=\" crossorigin=anonymous></head>";

        var reference = Assert.Single(IntegrityScanner.Find(Html));

        Assert.Equal("/a.css", reference.Url);
        Assert.Equal("sha256-ab+c=", reference.Value);
        var span = Assert.NotNull(reference.Span);
        Assert.Equal("sha256-ab&#43;c=", Html.Substring(span.Start, span.Length));
        Assert.True(span.Quoted);
        Assert.Equal(2, reference.Line);
    }

    [Fact]
    public void Find_UnquotedValueAndAnyElementWithSrc_AreFound()
    {
        const string Html = "<!doctype html><body><script src=app.js integrity=sha384-xyz></script><img src=a.png integrity='sha256-q'></body>";

        var references = IntegrityScanner.Find(Html);

        Assert.Equal(["app.js", "a.png"], references.Select(r => r.Url));
        Assert.False(references[0].Span!.Value.Quoted);
        Assert.Equal("sha384-xyz", Html.Substring(references[0].Span!.Value.Start, references[0].Span!.Value.Length));
        Assert.True(references[1].Span!.Value.Quoted);
    }

    [Fact]
    public void Find_ImportMapIntegrity_SpansEachEntrysValue()
    {
        const string Html = """
            <!doctype html><head><script type="importmap">
            { "imports": { "app": "/js/app.js" },
              "integrity": { "/js/app.js": "sha384-AAA", "/js/dep.js" : "sha256-BBB" } }
            </script></head>
            """;

        var references = IntegrityScanner.Find(Html);

        Assert.Equal(["/js/app.js", "/js/dep.js"], references.Select(r => r.Url));
        Assert.Equal(["sha384-AAA", "sha256-BBB"], references.Select(r => Html.Substring(r.Span!.Value.Start, r.Span!.Value.Length)));
    }

    [Fact]
    public void Find_ImportMapEntryWrittenWithEscapes_HasNoSpan()
    {
        const string Html = """<script type="importmap">{ "integrity": { "\/js\/app.js": "sha384-AAA" } }</script>""";

        var reference = Assert.Single(IntegrityScanner.Find(Html));

        Assert.Equal("/js/app.js", reference.Url);
        Assert.Null(reference.Span);
    }

    [Fact]
    public void Find_ImportMapThatIsNotJson_FindsNothing()
    {
        Assert.Empty(IntegrityScanner.Find("""<script type="importmap">{ "integrity": </script>"""));
    }
}
