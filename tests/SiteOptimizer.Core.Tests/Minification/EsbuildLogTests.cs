using SiteOptimizer.Minification;

namespace SiteOptimizer.Tests.Minification;

public sealed class EsbuildLogTests
{
    [Fact]
    public void Parse_ErrorsAndWarnings_TakesTheFirstLocationAfterEachHeader()
    {
        const string log = """
            ✘ [ERROR] Unexpected ";"

                in/3.js:2:8:
                  2 │ let x = ;
                    ╵         ^

            ▲ [WARNING] Expected "}" to go with "{" [css-syntax-error]

                in/12.css:3:0:
                  3 │
                    ╵ }

              The unbalanced "{" is here:

                in/12.css:2:3:
                  2 │ .b {{ }
                    ╵    ^

            ▲ [WARNING] Comparison with -0 using the "===" operator will also match 0 [equals-negative-zero]

                in/4.mjs:1:4:
                  1 │ if (x === -0) {}
                    ╵     ~~

            """;

        var messages = EsbuildLog.Parse(log);

        Assert.Equal(
        [
            new EsbuildMessage(3, true, "", "Unexpected \";\"", 2, 9),
            new EsbuildMessage(12, false, "css-syntax-error", "Expected \"}\" to go with \"{\"", 3, 1),
            new EsbuildMessage(4, false, "equals-negative-zero", "Comparison with -0 using the \"===\" operator will also match 0", 1, 5),
        ], messages);
        Assert.Equal([true, true, false], messages.Select(m => m.KeepsOriginal));
    }

    [Fact]
    public void FirstError_WithoutLocation_IsTheErrorLine() =>
        Assert.Equal("✘ [ERROR] Cannot use \"--outdir\" here", EsbuildLog.FirstError("\n✘ [ERROR] Cannot use \"--outdir\" here\n\n"));
}
