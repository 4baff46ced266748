using SiteOptimizer.Discovery;

namespace SiteOptimizer.Tests.Discovery;

public sealed class ScriptReferencesTests
{
    [Fact]
    public void FromFile_Images_OnlyThoseThatResolveTheSameFromEveryPage()
    {
        const string js = """
            import { a } from './a.js';
            one.src = new URL('../img/module-relative.jpg', import.meta.url);
            two.src = '/img/root-relative.jpg';
            three.src = 'img/page-relative.jpg';
            const four = 'img/constant.jpg';
            """;

        var references = ScriptReferences.FromFile(js, isModule: true).References;

        Assert.Equal(["./a.js", "../img/module-relative.jpg", "/img/root-relative.jpg"], references.Select(r => r.Url));
        Assert.All(references, r => Assert.Equal(r.Url, js.Substring(r.Offset, r.Length)));
    }

    [Fact]
    public void FromFile_ClassicScript_HasNoImports()
    {
        var references = ScriptReferences.FromFile("import('./a.js'); img.src = '/hero.jpg';", isModule: false).References;

        Assert.Equal(["/hero.jpg"], references.Select(r => r.Url));
    }

    [Fact]
    public void FromInline_PageRelativeImage_IsFollowedAgainstThePage()
    {
        var page = HtmlReferenceExtractor.Extract("""
            <!doctype html><body><div id=hero></div>
            <script>document.getElementById('hero').innerHTML = '<img src="img/hero.jpg" alt="">';</script>
            """);

        var image = Assert.Single(page.References, r => r.Type == ResourceType.Image);
        Assert.Equal(("img/hero.jpg", DiscoveryKind.Script, "script"), (image.Url, image.Discovery, image.Element));
    }
}
