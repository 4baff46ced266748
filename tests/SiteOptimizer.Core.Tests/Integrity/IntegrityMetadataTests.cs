using System.Security.Cryptography;
using System.Text;
using SiteOptimizer.Integrity;

namespace SiteOptimizer.Tests.Integrity;

/// <summary>Integrity values read and checked as browsers do: only the strongest algorithm counts, any of its digests may match.</summary>
public sealed class IntegrityMetadataTests
{
    private static readonly byte[] s_file = Encoding.UTF8.GetBytes("body { color: red }");
    private static readonly byte[] s_other = Encoding.UTF8.GetBytes("body{color:red}");

    [Fact]
    public void Matches_TheFilesOwnDigest_IsTrueForEachAlgorithm()
    {
        foreach (var value in new[] { Sha256(s_file), Sha384(s_file), Sha512(s_file) })
        {
            Assert.True(IntegrityMetadata.Parse(value).Matches(s_file), value);
            Assert.False(IntegrityMetadata.Parse(value).Matches(s_other), value);
        }
    }

    [Fact]
    public void Matches_WeakerAlgorithmMatchesButStrongerDoesNot_IsFalse()
    {
        var metadata = IntegrityMetadata.Parse($"{Sha256(s_file)} {Sha512(s_other)}");

        Assert.False(metadata.Matches(s_file));
        Assert.True(metadata.Matches(s_other));
    }

    [Fact]
    public void Matches_AnyOfSeveralDigestsOfTheStrongestAlgorithm_IsTrue()
    {
        var metadata = IntegrityMetadata.Parse($"{Sha384(s_other)}\n  {Sha384(s_file)}");

        Assert.True(metadata.Matches(s_file));
        Assert.True(metadata.Matches(s_other));
    }

    [Theory]
    [InlineData("")]
    [InlineData("md5-1B2M2Y8AsgTpgAmY7PhCfg==")]
    [InlineData("sha256")]
    [InlineData("sha256-not*base64")]
    public void Parse_NothingABrowserChecks_IsNotEnforced(string value)
    {
        var metadata = IntegrityMetadata.Parse(value);

        Assert.False(metadata.IsEnforced);
        Assert.True(metadata.Matches(s_file));
    }

    [Fact]
    public void Parse_OptionsAfterTheDigest_AreIgnored()
    {
        Assert.True(IntegrityMetadata.Parse(Sha256(s_file) + "?ct=text/css").Matches(s_file));
    }

    [Fact]
    public void Parse_UrlSafeBase64WithoutPadding_IsRead()
    {
        var urlSafe = "sha512-" + Convert.ToBase64String(SHA512.HashData(s_file)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

        Assert.True(IntegrityMetadata.Parse(urlSafe).Matches(s_file));
    }

    [Fact]
    public void For_MixedAlgorithms_WritesOneDigestPerAlgorithmInTheOrderFirstUsed()
    {
        var metadata = IntegrityMetadata.Parse($"{Sha384(s_file)} {Sha256(s_file)} {Sha384(s_other)} md5-abc=");

        Assert.Equal($"{Sha384(s_other)} {Sha256(s_other)}", metadata.For(s_other));
    }

    private static string Sha256(byte[] bytes) => "sha256-" + Convert.ToBase64String(SHA256.HashData(bytes));

    private static string Sha384(byte[] bytes) => "sha384-" + Convert.ToBase64String(SHA384.HashData(bytes));

    private static string Sha512(byte[] bytes) => "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));
}
