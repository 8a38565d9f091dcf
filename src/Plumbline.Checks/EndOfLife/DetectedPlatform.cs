namespace Plumbline.Checks.EndOfLife;

/// <summary>A platform the target runs on, as one file says it.</summary>
/// <param name="Product">The endoflife.date product id.</param>
/// <param name="Version">The version read ("7.2", "12", "4.5.2"); null when the file names the product but no version
/// Plumbline can read (<c>FROM node:latest</c>, <c>.nvmrc</c> saying <c>lts/*</c>).</param>
/// <param name="Path">The file, relative to the root.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Evidence">What the file says, as written (<c>FROM php:7.2-apache</c>).</param>
public sealed record DetectedPlatform(string Product, string? Version, string Path, int? Line, string Evidence)
{
    /// <summary>"Dockerfile:3".</summary>
    public string Where => Line is { } l ? $"{Path}:{l}" : Path;
}
