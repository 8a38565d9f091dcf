namespace Plumbline.Checks.History;

/// <summary>What a path is, as far as knowledge of the code goes.</summary>
internal enum PathClass
{
    /// <summary>Code or configuration people write and maintain.</summary>
    Source,

    /// <summary>Documentation: prose, licences, changelogs.</summary>
    Documentation,

    /// <summary>Code copied in from elsewhere, files tools generate (lockfiles, build output, minified bundles), or
    /// binary files (images, fonts, archives).</summary>
    Vendored,

    /// <summary>Left out by the configuration's <c>exclude</c> patterns.</summary>
    Excluded,
}
