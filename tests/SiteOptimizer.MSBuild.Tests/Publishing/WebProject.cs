using SiteOptimizer.Tests.Packaging;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Publishing;

/// <summary>
/// A real ASP.NET Core project in a temp folder that references SiteOptimizer.MSBuild from the
/// feed, with a web root made of sample-site images, a page, and one file that is no image.
/// </summary>
internal sealed class WebProject(PackedTaskFeed feed) : IDisposable
{
    private static readonly string[] s_images = ["images/hero.jpg", "images/logo.png", "images/gallery/ladybird.jpg"];

    private readonly TempDirectory _folder = new();

    public static IReadOnlyList<string> Images => s_images;

    public string Path => _folder.Path;

    public string Source(string relative) => _folder.Combine("wwwroot", relative);

    public static WebProject Create(PackedTaskFeed feed)
    {
        var project = new WebProject(feed);
        project.Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SiteOptimizer.MSBuild" Version="*" />
              </ItemGroup>
            </Project>
            """);
        project.Write("Program.cs", """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapStaticAssets();
            app.Run();
            """);
        project.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="siteopt-local" value="{feed.Feed}" />
              </packageSources>
            </configuration>
            """);
        project.Write("wwwroot/index.html", """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Test</title></head>
            <body><img src="images/hero.jpg" alt=""><img src="images/logo.png" alt="">
            <img src="images/gallery/ladybird.jpg" alt=""><img src="images/broken.jpg" alt=""></body></html>
            """);
        project.Write("wwwroot/images/broken.jpg", "this is not a JPEG");
        foreach (var image in s_images)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(project.Source(image))!);
            File.Copy(System.IO.Path.Combine(TestPaths.SampleSite, image), project.Source(image));
        }
        return project;
    }

    public Task<ProcessRun> PublishAsync(string output, params string[] extra) =>
        ProcessRun.RunAsync(
            "dotnet",
            ["publish", "-c", "Release", "-o", output, "-v:n", "--disable-build-servers", .. extra],
            Path, TimeSpan.FromMinutes(3),
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = feed.Packages });

    public void Dispose() => _folder.Dispose();

    private void Write(string relative, string text)
    {
        var path = _folder.Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
