using SiteOptimizer.Discovery;

namespace SiteOptimizer.Tests.Discovery;

public sealed class ScriptImageExtractorTests
{
    [Theory]
    [InlineData("img.src = 'a/hero.jpg';", "src")]
    [InlineData("img.setAttribute(\"src\", \"a/hero.jpg\");", "src")]
    [InlineData("el('img', { src: 'a/hero.jpg', alt: '' });", "src")]
    [InlineData("box.style.backgroundImage = 'url(a/hero.jpg)';", "background")]
    [InlineData("box.style.setProperty('background-image', \"url('a/hero.jpg')\");", "background")]
    [InlineData("box.innerHTML = '<img alt=\"\" src=\"a/hero.jpg\">';", "markup")]
    [InlineData("box.innerHTML += `<img src=\"a/hero.jpg\">`;", "markup")]
    [InlineData("box.insertAdjacentHTML('afterbegin', '<img src=a/hero.jpg>');", "markup")]
    [InlineData("const url = new URL('a/hero.jpg', import.meta.url);", "import.meta.url")]
    [InlineData("const HERO = 'a/hero.jpg?v=2';", "literal")]
    public void Read_ImageLiteral_FindsItWithHowItIsUsed(string js, string origin)
    {
        var image = Assert.Single(ScriptImageExtractor.Read(js).Images);

        Assert.StartsWith("a/hero.jpg", image.Url, StringComparison.Ordinal);
        Assert.Equal(origin, image.Origin);
        Assert.Equal((ResourceType.Image, DiscoveryKind.Script), (image.Type, image.Discovery));
        Assert.Equal(image.Url, js.Substring(image.Offset, image.Length));
    }

    [Theory]
    [InlineData("img.src = base + 'hero.jpg';")]
    [InlineData("img.src = 'images/' + name + '.jpg';")]
    [InlineData("img.src = `${base}/hero.jpg`;")]
    [InlineData("if (img.src == 'hero.txt') {}")]
    [InlineData("// img.src = 'hero.jpg';")]
    [InlineData("img.src = 'data:image/png;base64,AAAA';")]
    [InlineData("link.href = 'notes.pdf';")]
    public void Read_NoLiteralImageUrl_FindsNothing(string js)
    {
        Assert.Empty(ScriptImageExtractor.Read(js).Images);
    }

    [Fact]
    public void Read_SrcsetAndSizes_KeepEachCandidateWithItsDescriptor()
    {
        var found = ScriptImageExtractor.Read("img.srcset = 'a-640w.jpg 640w, a.jpg 1600w'; img.sizes = '50vw';");

        Assert.Equal([("a-640w.jpg", "640w"), ("a.jpg", "1600w")], found.Images.Select(i => (i.Url, i.Descriptor)));
        Assert.All(found.Images, i => Assert.Equal("srcset", i.Origin));
        Assert.Equal("50vw", found.Sizes);
    }

    [Fact]
    public void Read_MarkupWithSrcset_KeepsTheSrcsetAndItsSizes()
    {
        var found = ScriptImageExtractor.Read("box.innerHTML = '<img src=\"a.jpg\" srcset=\"a-640w.jpg 640w, a.jpg 1600w\" sizes=\"80vw\">';");

        Assert.True(found.CreatesImages);
        Assert.Equal(["markup", "srcset", "srcset"], found.Images.Select(i => i.Origin));
        Assert.Equal("80vw", found.Sizes);
    }

    [Fact]
    public void Read_LookupsAndImageCreation_AreRecorded()
    {
        var found = ScriptImageExtractor.Read("""
            const image = new Image();
            document.getElementById('hero').append(image);
            document.querySelector('.banner .slot');
            """);

        Assert.Equal(["#hero", ".banner .slot"], found.Anchors);
        Assert.True(found.CreatesImages);
        Assert.False(ScriptImageExtractor.Read("document.createElement('div')").CreatesImages);
        Assert.True(ScriptImageExtractor.Read("document.createElement(\"IMG\")").CreatesImages);
    }
}
