using SiteOptimizer.Discovery;

namespace SiteOptimizer.Tests.Discovery;

public sealed class ModuleImportExtractorTests
{
    [Theory]
    [InlineData("import x from \"./a.js\";", "import")]
    [InlineData("import {a, b as c} from './a.js';", "import")]
    [InlineData("import { default as d, \"string name\" as e } from './a.js';", "import")]
    [InlineData("import * as ns from \"./a.js\";", "import")]
    [InlineData("import \"./a.js\";", "import")]
    [InlineData("import x, { y } from \"./a.js\";", "import")]
    [InlineData("import x, * as ns from \"./a.js\";", "import")]
    [InlineData("import from from \"./a.js\";", "import")]
    [InlineData("import { from } from \"./a.js\";", "import")]
    [InlineData("import{a}from\"./a.js\"", "import")]
    [InlineData("import {\n  a,\n  b,\n} from\n  './a.js'", "import")]
    [InlineData("import data from \"./a.js\" with { type: \"json\" };", "import")]
    [InlineData("export * from \"./a.js\";", "export")]
    [InlineData("export * as ns from \"./a.js\";", "export")]
    [InlineData("export { a, b as default } from \"./a.js\";", "export")]
    [InlineData("export {} from './a.js'", "export")]
    public void Extract_StaticImportsAndReexports_FindTheSpecifier(string js, string origin)
    {
        var reference = Assert.Single(ModuleImportExtractor.Extract(js).References);

        Assert.Equal("./a.js", reference.Url);
        Assert.Equal(origin, reference.Origin);
        Assert.Equal(ResourceType.Module, reference.Type);
        Assert.Equal(DiscoveryKind.Script, reference.Discovery);
        Assert.False(reference.IsAsync);
        Assert.Equal("./a.js", js.Substring(reference.Offset, reference.Length));
    }

    [Theory]
    [InlineData("const m = await import(\"./a.js\");")]
    [InlineData("import('./a.js').then(m => m.run());")]
    [InlineData("const m = import(`./a.js`);")]
    [InlineData("import( \"./a.js\" , { with: { type: 'json' } })")]
    [InlineData("button.onclick = async () => (await import(/* lazy */ './a.js')).open();")]
    public void Extract_DynamicImportOfAConstant_IsAsync(string js)
    {
        var reference = Assert.Single(ModuleImportExtractor.Extract(js).References);

        Assert.Equal("./a.js", reference.Url);
        Assert.Equal("import()", reference.Origin);
        Assert.True(reference.IsAsync);
        Assert.Equal("./a.js", js.Substring(reference.Offset, reference.Length));
    }

    [Theory]
    [InlineData("const m = await import(name);")]
    [InlineData("import(\"./pages/\" + page + \".js\");")]
    [InlineData("import(`./pages/${page}.js`);")]
    [InlineData("const url = import.meta.url;")]
    [InlineData("const base = new URL('./a.js', import.meta.url);")]
    [InlineData("loader.import(\"./a.js\");")]
    [InlineData("loader?.import(\"./a.js\");")]
    [InlineData("export { a };")]
    [InlineData("export default function () {}")]
    [InlineData("export const from = \"./a.js\";")]
    public void Extract_ImportsWithoutAConstantSpecifier_AreIgnored(string js)
    {
        Assert.Empty(ModuleImportExtractor.Extract(js).References);
    }

    [Theory]
    [InlineData("// import x from \"./no.js\"\nimport \"./yes.js\";")]
    [InlineData("/* import \"./no.js\";\n   import('./no.js') */ import \"./yes.js\";")]
    [InlineData("const s = \"import('./no.js')\"; import \"./yes.js\";")]
    [InlineData("const s = 'it\\'s import(\"./no.js\")'; import \"./yes.js\";")]
    [InlineData("const t = `import(\"./no.js\") ${ \"}\" } import \"./no.js\"`; import \"./yes.js\";")]
    [InlineData("const t = `a ${ `b ${ { c: '}' }.c } import(\"./no.js\")` } import(\"./no.js\") c`; import \"./yes.js\";")]
    [InlineData("const re = /[\"']/g; import \"./yes.js\"; const s = \"/\";")]
    [InlineData("const re = /import\\(\"\\.\\/no.js\"\\)/; import \"./yes.js\";")]
    [InlineData("const half = total / 2; import \"./yes.js\"; const third = total / 3;")]
    [InlineData("const r = (a) / 2 / \"x\".length; import \"./yes.js\";")]
    [InlineData("function f(s) { return /\"/.test(s); }\nimport \"./yes.js\";")]
    [InlineData("if (ok) { x(); } /'/.test(s); import \"./yes.js\";")]
    [InlineData("#!/usr/bin/env node\nimport \"./yes.js\";")]
    public void Extract_ImportTextInCommentsStringsTemplatesAndRegexes_IsNotAnImport(string js)
    {
        var urls = ModuleImportExtractor.Extract(js).References.Select(r => r.Url);

        Assert.Equal(["./yes.js"], urls);
    }

    [Theory]
    [InlineData("./a.js", true)]
    [InlineData("../lib/a.js", true)]
    [InlineData("/js/a.js", true)]
    [InlineData("//cdn.example.com/a.js", true)]
    [InlineData("https://cdn.example.com/a.js", true)]
    [InlineData("HTTP://cdn.example.com/a.js", true)]
    [InlineData("lodash", false)]
    [InlineData("@scope/package", false)]
    [InlineData("node:fs", false)]
    [InlineData("data:text/javascript,export default 1", false)]
    [InlineData("a.js", false)]
    public void Extract_OnlyUrlLikeSpecifiers_AreKept(string specifier, bool kept)
    {
        var references = ModuleImportExtractor.Extract($"import x from \"{specifier}\";").References;

        Assert.Equal(kept ? [specifier] : [], references.Select(r => r.Url));
    }

    [Fact]
    public void Extract_EscapedSpecifier_IsDecodedAndItsSpanIsAsWritten()
    {
        const string Js = "import \"./caf\\u00e9\\x2ejs\";";

        var reference = Assert.Single(ModuleImportExtractor.Extract(Js).References);

        Assert.Equal("./café.js", reference.Url);
        Assert.Equal("./caf\\u00e9\\x2ejs", Js.Substring(reference.Offset, reference.Length));
    }

    [Fact]
    public void Extract_ImportOnLine3_HasItsLineAndColumn()
    {
        const string Js = "// one\r\nconst two = 2;\r\nconst m = import('./three.js');\r\n";

        var reference = Assert.Single(ModuleImportExtractor.Extract(Js).References);

        Assert.Equal((3, 19), (reference.Line, reference.Column));
    }

    [Fact]
    public void Extract_SeveralImports_AreInDocumentOrder()
    {
        const string Js = """
            import { a } from "./a.js";
            export { b } from "./b.js";
            import "./c.js";
            export { d };
            import e from "https://cdn.example.com/e.js";
            const f = () => import("./f.js");
            """;

        var urls = ModuleImportExtractor.Extract(Js).References.Select(r => r.Url);

        Assert.Equal(["./a.js", "./b.js", "./c.js", "https://cdn.example.com/e.js", "./f.js"], urls);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import(")]
    [InlineData("import x from")]
    [InlineData("import \"./a.js")]
    [InlineData("export {")]
    [InlineData("const t = `${")]
    [InlineData("const t = `abc")]
    [InlineData("const re = /abc")]
    [InlineData("/* abc")]
    [InlineData("'\\")]
    [InlineData("}}}")]
    [InlineData("\"\\u{110000}\\u{D800}\\u{}\\x\"")]
    public void Extract_TruncatedScript_DoesNotThrow(string js)
    {
        var references = ModuleImportExtractor.Extract(js).References;

        Assert.All(references, r => Assert.True(r.Offset + r.Length <= js.Length));
    }
}
