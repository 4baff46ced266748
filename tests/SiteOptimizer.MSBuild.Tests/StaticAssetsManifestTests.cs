using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SiteOptimizer.MSBuild;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests;

public sealed class StaticAssetsManifestTests
{
    [Fact]
    public void Update_RewrittenFile_GetsItsNewLengthETagAndIntegrity()
    {
        using var work = new TempDirectory();
        var bytes = new byte[] { 1, 2, 3, 4, 5 };
        Directory.CreateDirectory(work.Combine("wwwroot", "images"));
        File.WriteAllBytes(work.Combine("wwwroot", "images", "hero.jpg"), bytes);
        var manifest = work.Combine("App.staticwebassets.endpoints.json");
        File.WriteAllText(manifest, """
            {"Version":1,"ManifestType":"Publish","Endpoints":[
              {"Route":"images/hero.jpg","AssetFile":"images/hero.jpg","Selectors":[],
               "ResponseHeaders":[{"Name":"Content-Length","Value":"1121399"},{"Name":"ETag","Value":"\"old\""},{"Name":"Content-Type","Value":"image/jpeg"}],
               "EndpointProperties":[{"Name":"integrity","Value":"sha256-old"}]},
              {"Route":"index.html","AssetFile":"index.html","Selectors":[],
               "ResponseHeaders":[{"Name":"Content-Length","Value":"100"}],"EndpointProperties":[]}]}
            """);

        StaticAssetsManifest.Update(manifest, work.Combine("wwwroot"), ["images/hero.jpg"]);

        var endpoints = JsonNode.Parse(File.ReadAllText(manifest))!["Endpoints"]!.AsArray();
        var hash = Convert.ToBase64String(SHA256.HashData(bytes));
        Assert.Equal("5", Header(endpoints[0]!, "ResponseHeaders", "Content-Length"));
        Assert.Equal($"\"{hash}\"", Header(endpoints[0]!, "ResponseHeaders", "ETag"));
        Assert.Equal("image/jpeg", Header(endpoints[0]!, "ResponseHeaders", "Content-Type"));
        Assert.Equal("sha256-" + hash, Header(endpoints[0]!, "EndpointProperties", "integrity"));
        Assert.Equal("100", Header(endpoints[1]!, "ResponseHeaders", "Content-Length"));
    }

    [Fact]
    public void Update_NoManifest_DoesNothing()
    {
        using var work = new TempDirectory();

        StaticAssetsManifest.Update(work.Combine("missing.json"), work.Path, ["a.jpg"]);

        Assert.False(File.Exists(work.Combine("missing.json")));
    }

    private static string? Header(JsonNode endpoint, string list, string name) =>
        endpoint[list]!.AsArray().Single(pair => pair!["Name"]!.GetValue<string>() == name)!["Value"]!.GetValue<string>();
}
