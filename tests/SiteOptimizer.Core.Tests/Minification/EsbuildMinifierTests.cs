using System.Text.RegularExpressions;
using SiteOptimizer.Minification;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Minification;

public sealed class EsbuildMinifierTests
{
    private static readonly EsbuildMinifier s_esbuild = EsbuildMinifier.Default;

    private static TextAsset Sample(string relativePath, TextAssetKind kind) =>
        new(relativePath, File.ReadAllText(Path.Combine(TestPaths.SampleSite, relativePath)), kind);

    private static async Task<MinifyResult> MinifyOneAsync(string text, TextAssetKind kind) =>
        (await s_esbuild.MinifyAsync([new TextAsset("test", text, kind)], CancellationToken.None))[0];

    [Fact]
    public async Task Minify_SampleSiteCssAndJs_ShrinksEveryFileInOneBatch()
    {
        TextAsset[] assets =
        [
            Sample("css/base.css", TextAssetKind.Css), Sample("css/main.css", TextAssetKind.Css),
            Sample("js/menu.js", TextAssetKind.ClassicScript), Sample("js/app.js", TextAssetKind.Module),
            Sample("js/lightbox.js", TextAssetKind.Module), Sample("js/utils.js", TextAssetKind.Module),
        ];

        var results = await s_esbuild.MinifyAsync(assets, CancellationToken.None);

        Assert.Equal(assets.Select(a => a.Name), results.Select(r => r.Name));
        foreach (var (asset, result) in assets.Zip(results))
        {
            Assert.Null(result.Problem);
            Assert.NotNull(result.Minified);
            Assert.True(result.Minified.Length < asset.Text.Length * 0.8, $"{asset.Name}: {asset.Text.Length} → {result.Minified.Length}");
        }
    }

    [Fact]
    public async Task Minify_SampleSiteScripts_StillParseAsTheirKind()
    {
        using var temp = new TempDirectory();
        TextAsset[] assets =
        [
            Sample("js/menu.js", TextAssetKind.ClassicScript), Sample("js/app.js", TextAssetKind.Module),
            Sample("js/lightbox.js", TextAssetKind.Module), Sample("js/utils.js", TextAssetKind.Module),
        ];

        var results = await s_esbuild.MinifyAsync(assets, CancellationToken.None);

        foreach (var (asset, result) in assets.Zip(results))
        {
            var file = temp.Combine(Path.GetFileNameWithoutExtension(asset.Name) + (asset.Kind == TextAssetKind.Module ? ".mjs" : ".cjs"));
            File.WriteAllText(file, result.Minified);
            NodeScript.Run(temp.Path, "--check", file);
        }
        Assert.Contains("import{", results[1].Minified, StringComparison.Ordinal);
        Assert.Contains("export", results[2].Minified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Minify_MainCss_KeepsImportFirstUrlsAndRuleOrder()
    {
        var main = Sample("css/main.css", TextAssetKind.Css);
        var minified = (await s_esbuild.MinifyAsync([main], CancellationToken.None))[0].Minified!;

        Assert.StartsWith("@import\"base.css\";", minified, StringComparison.Ordinal);
        Assert.Equal(Urls(main.Text).Where(url => url != "base.css"), Urls(minified));
        Assert.Equal(ClassNames(main.Text), ClassNames(minified));
    }

    [Fact]
    public async Task Minify_BaseCss_KeepsFontUrls()
    {
        var minified = (await s_esbuild.MinifyAsync([Sample("css/base.css", TextAssetKind.Css)], CancellationToken.None))[0].Minified!;

        Assert.Equal(["../fonts/lato-bold.woff2", "../fonts/lato-regular.woff2"], Urls(minified));
    }

    [Fact]
    public async Task Minify_ClassicScript_KeepsTopLevelNamesAndBehaviour()
    {
        const string script = """
            /*! Menu v1 | MIT License */
            // Globals: inline handlers call these by name.
            var counter = 0;
            function toggleMenu(open) {
              var increment = open ? 1 : 2;
              counter = counter + increment;
              return counter;
            }
            function computeTotal(items) {
              var total = 0;
              for (var index = 0; index < items.length; index++) {
                total += items[index].price * items[index].quantity;
              }
              return total;
            }
            """;
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("harness.cjs"), """
            const vm = require('vm'), fs = require('fs');
            const context = vm.createContext({});
            vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), context);
            console.log(typeof context.toggleMenu, context.toggleMenu(true), context.toggleMenu(false), context.counter,
              context.computeTotal([{ price: 2, quantity: 3 }, { price: 5, quantity: 1 }]));
            """);

        var minified = (await MinifyOneAsync(script, TextAssetKind.ClassicScript)).Minified!;
        File.WriteAllText(temp.Combine("original.js"), script);
        File.WriteAllText(temp.Combine("minified.js"), minified);

        Assert.Contains("function toggleMenu(", minified, StringComparison.Ordinal);
        Assert.Contains("function computeTotal(", minified, StringComparison.Ordinal);
        Assert.DoesNotContain("increment", minified, StringComparison.Ordinal);
        Assert.Equal("function 1 3 3 11\n", NodeScript.Run(temp.Path, "harness.cjs", "original.js"));
        Assert.Equal(NodeScript.Run(temp.Path, "harness.cjs", "original.js"), NodeScript.Run(temp.Path, "harness.cjs", "minified.js"));
    }

    [Fact]
    public async Task Minify_Modules_KeepImportsExportsAndBehaviour()
    {
        const string library = """
            const multiplier = 3;
            function scaleValue(value) { return value * multiplier; }
            export function describe(values) { return values.map(scaleValue).join('+'); }
            export default function sum(values) { return values.reduce((total, value) => total + scaleValue(value), 0); }
            """;
        const string main = """
            import sum, { describe } from './library.mjs';
            const values = [1, 2, 3];
            console.log(describe(values), sum(values));
            """;
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("original"));
        Directory.CreateDirectory(temp.Combine("minified"));
        File.WriteAllText(temp.Combine("original", "library.mjs"), library);
        File.WriteAllText(temp.Combine("original", "main.mjs"), main);

        var results = await s_esbuild.MinifyAsync(
            [new TextAsset("library.mjs", library, TextAssetKind.Module), new TextAsset("main.mjs", main, TextAssetKind.Module)], CancellationToken.None);
        File.WriteAllText(temp.Combine("minified", "library.mjs"), results[0].Minified);
        File.WriteAllText(temp.Combine("minified", "main.mjs"), results[1].Minified);

        Assert.Contains("export", results[0].Minified, StringComparison.Ordinal);
        Assert.Contains("from\"./library.mjs\"", results[1].Minified, StringComparison.Ordinal);
        Assert.Equal("3+6+9 18\n", NodeScript.Run(temp.Path, "original/main.mjs"));
        Assert.Equal("3+6+9 18\n", NodeScript.Run(temp.Path, "minified/main.mjs"));
    }

    [Fact]
    public async Task Minify_LegalComments_AreKeptAndOthersDropped()
    {
        var results = await s_esbuild.MinifyAsync(
        [
            new TextAsset("a.css", "/*! Theme 1.0 | MIT */\n/* layout */\n.a { color: red; }\n", TextAssetKind.Css),
            new TextAsset("b.js", "/** @license Apache-2.0 */\n// helper\nwindow.answer = 40 + 2;\n", TextAssetKind.ClassicScript),
        ], CancellationToken.None);

        Assert.Contains("/*! Theme 1.0 | MIT */", results[0].Minified, StringComparison.Ordinal);
        Assert.DoesNotContain("layout", results[0].Minified, StringComparison.Ordinal);
        Assert.Contains("@license Apache-2.0", results[1].Minified, StringComparison.Ordinal);
        Assert.DoesNotContain("helper", results[1].Minified, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@charset \"UTF-8\";\n/*!\n* Theme v7 | MIT\n*/\n/*!\n * Framework v5\n * Licensed under MIT\n */\n:root { --blue: #0d6efd; }\n.a { color: var(--blue); }\n", nameof(TextAssetKind.Css))]
    [InlineData("/*!\n * Library v3\n * Licensed under MIT\n */\n(function () { window.answer = 40 + 2; })();\n/*!\n   * Plugin v1\n   */\nwindow.plugin = window.answer;\n", nameof(TextAssetKind.ClassicScript))]
    public async Task Minify_ItsOwnOutputWithIndentedLegalComments_ChangesNothing(string text, string kindName)
    {
        var kind = Enum.Parse<TextAssetKind>(kindName);
        var first = await MinifyOneAsync(text, kind);
        var second = await MinifyOneAsync(first.Minified!, kind);

        Assert.Contains("Licensed under MIT", first.Minified, StringComparison.Ordinal);
        // Null: not smaller, so kept as it is. Anything else must be the same text.
        Assert.True(second.Minified is null || second.Minified == first.Minified, $"first:\n{first.Minified}\nsecond:\n{second.Minified}");
    }

    [Fact]
    public async Task Minify_NonAsciiText_IsEscapedSoAnyEncodingReadsIt()
    {
        var css = await MinifyOneAsync(".quote::before { content: \"“\"; }\n", TextAssetKind.Css);
        var js = await MinifyOneAsync("// Greet in German.\nwindow.greeting = \"Grüße\";\n", TextAssetKind.ClassicScript);

        Assert.Equal(".quote:before{content:\"\\201c\"}\n", css.Minified);
        Assert.Equal("window.greeting=\"Gr\\xFC\\xDFe\";\n", js.Minified);
    }

    [Fact]
    public async Task Minify_BatchWithOneSyntaxError_ReportsItAndMinifiesTheOtherFour()
    {
        TextAsset[] assets =
        [
            new("one.css", ".a {\n  color: #ff0000;\n}\n", TextAssetKind.Css),
            new("two.js", "function   first ( value ) {\n  return value + 1;\n}\n", TextAssetKind.ClassicScript),
            new("broken.js", "function ok() {}\nlet x = ;\n", TextAssetKind.ClassicScript),
            new("three.mjs", "export const   answer = 40 + 2;\n", TextAssetKind.Module),
            new("four.css", ".b   {   margin: 0px;   }\n", TextAssetKind.Css),
        ];

        var results = await s_esbuild.MinifyAsync(assets, CancellationToken.None);

        var broken = results[2];
        Assert.True(broken.Kept);
        Assert.Equal("esbuild: 2:9: Unexpected \";\"", broken.Problem);
        Assert.Equal((2, 9), (broken.Line, broken.Column));
        Assert.Equal([".a{color:red}\n", "function first(n){return n+1}\n", "export const answer=42;\n", ".b{margin:0}\n"],
            results.Where(r => !r.Kept).Select(r => r.Minified));
    }

    [Fact]
    public async Task Minify_SeveralBrokenFilesAndInvalidCss_KeepsEachWithItsOwnProblem()
    {
        TextAsset[] assets =
        [
            new("bad1.js", "if (", TextAssetKind.ClassicScript),
            new("good.js", "window.a = 1 + 1;\n", TextAssetKind.ClassicScript),
            new("bad2.mjs", "export default export;\n", TextAssetKind.Module),
            new("bad.css", ".a { color: red\n.b {{ }\n", TextAssetKind.Css),
        ];

        var results = await s_esbuild.MinifyAsync(assets, CancellationToken.None);

        Assert.All(new[] { results[0], results[2], results[3] }, r => Assert.StartsWith("esbuild: ", r.Problem, StringComparison.Ordinal));
        Assert.Equal("window.a=2;\n", results[1].Minified);
    }

    [Fact]
    public async Task Minify_AlreadyMinifiedInput_IsKeptWithoutAProblem()
    {
        var result = await MinifyOneAsync(".a{color:red}", TextAssetKind.Css);

        Assert.True(result.Kept);
        Assert.Null(result.Problem);
    }

    [Fact]
    public async Task Minify_NoAssets_StartsNoProcess()
    {
        var results = await new EsbuildMinifier("/nonexistent/esbuild").MinifyAsync([], CancellationToken.None);

        Assert.Empty(results);
    }

    private static string[] Urls(string css) =>
        Regex.Matches(css, """url\(\s*["']?([^"')]+)["']?\s*\)""").Select(m => m.Groups[1].Value).ToArray();

    private static string[] ClassNames(string css) =>
        Regex.Matches(Regex.Replace(css, @"/\*.*?\*/", "", RegexOptions.Singleline), @"\.[a-zA-Z][\w-]*").Select(m => m.Value).ToArray();
}
