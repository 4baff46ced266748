using System.Security.Cryptography;
using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation;
using SiteOptimizer.Integrity;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Integrity;

/// <summary>A small site written for one test, optimized into a folder of its own, and checks of the integrity values it ends with.</summary>
internal sealed class IntegritySite : IDisposable
{
    private readonly TempDirectory _source = new();
    private readonly TempDirectory _output = new();

    /// <summary>The Hugo blog built by TestData/hugo-blog/generate.sh.</summary>
    public static string HugoBlog => Path.Combine(TestPaths.RepoRoot, "tests", "SiteOptimizer.Core.Tests", "Integrity", "TestData", "hugo-blog", "public");

    /// <summary>Settings for a quick run: no cache, no estimate.</summary>
    public static OptimizerOptions Options { get; } = new()
    {
        Cache = new CacheOptions { Enabled = false },
        Estimate = new EstimateOptions { Enabled = false },
    };

    public string Source => _source.Path;

    public string Output => _output.Path;

    /// <summary>A CSS file with comments and spacing to minify.</summary>
    public const string Stylesheet = "/* The site's styles. */\nbody {\n    color: rgb(170, 30, 40);\n    margin: 0;\n}\n";

    /// <summary>A script with comments and spacing to minify.</summary>
    public const string Script = "// Says hello.\nfunction greet(name) {\n    console.log('hello ' + name);\n}\ngreet('world');\n";

    public IntegritySite Write(string path, string text)
    {
        var full = _source.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public IntegritySite Write(string path, byte[] bytes)
    {
        var full = _source.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public byte[] SourceBytes(string path) => File.ReadAllBytes(_source.Combine(path.Split('/')));

    public byte[] OutputBytes(string path) => File.ReadAllBytes(_output.Combine(path.Split('/')));

    public string OutputText(string path) => File.ReadAllText(_output.Combine(path.Split('/')));

    public Task<OptimizationReport> OptimizeAsync(OptimizerOptions? options = null) =>
        new SiteOptimizerPipeline(options ?? Options).OptimizeAsync(_source.Path, _output.Path);

    /// <summary>The sha256 integrity value of a text, as a generator writes it.</summary>
    public static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>The sha512 integrity value of some bytes.</summary>
    public static string Sha512(byte[] bytes) => "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));

    /// <summary>
    /// Asserts that every enforced integrity value of every page in <paramref name="folder"/>
    /// that names a file of the folder matches that file as written; returns how many were checked.
    /// </summary>
    public static int AssertEveryIntegrityHolds(string folder, IEnumerable<Uri>? ownAddresses = null)
    {
        using var addresses = SiteOrigins.Use(new SiteOrigins(ownAddresses ?? []));
        var checkedCount = 0;
        foreach (var page in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            var pagePath = Path.GetRelativePath(folder, page).Replace('\\', '/');
            foreach (var reference in IntegrityScanner.Find(File.ReadAllText(page)).Where(r => r.Metadata.IsEnforced))
            {
                if (SitePaths.Resolve(pagePath, reference.Url) is { } target && File.Exists(Path.Combine(folder, target)))
                {
                    Assert.True(reference.Metadata.Matches(File.ReadAllBytes(Path.Combine(folder, target))), $"{pagePath}: integrity \"{reference.Value}\" does not match {target}");
                    checkedCount++;
                }
            }
        }
        return checkedCount;
    }

    public void Dispose()
    {
        _source.Dispose();
        _output.Dispose();
    }
}
