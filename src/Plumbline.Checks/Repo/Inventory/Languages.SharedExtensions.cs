namespace Plumbline.Checks.Repo.Inventory;

// Extensions that several languages use, told apart by the text. cloc names every `.inc` file Pascal (or PHP) and every
// `.def` file a Windows module definition, but in C and C++ trees (LLVM, GCC, GnuCOBOL) both are preprocessor fragments
// that a header includes, and their comments are C's.
public static partial class Languages
{
    // The keywords that open a Windows module definition's sections.
    private static readonly string[] ModuleDefinitionKeywords = ["LIBRARY", "EXPORTS", "NAME"];

    /// <summary>The language of a file whose extension several languages share, from its text; null for other extensions.</summary>
    /// <remarks><c>.inc</c>: PHP when it has a PHP tag; assembly or Pascal when its first line opens with their comment
    /// (<c>;</c>, or <c>{</c> and <c>(*</c>); a C or C++ fragment when it opens with a C comment or a preprocessor line;
    /// otherwise unknown. <c>.def</c>: a Windows module definition when a line opens with one of its keywords or the
    /// first line is a <c>;</c> comment; otherwise a C preprocessor list.</remarks>
    private static Language? SharedExtension(string extension, ReadOnlySpan<char> text)
    {
        if (extension.Equals(".inc", StringComparison.OrdinalIgnoreCase))
        {
            var first = FirstLine(text);
            return text.Contains("<?php", StringComparison.OrdinalIgnoreCase) || first.StartsWith("<?", StringComparison.Ordinal) ? Php
                : first.StartsWith(';') ? AssemblyInclude
                : first.StartsWith('{') || first.StartsWith("(*", StringComparison.Ordinal) ? PascalInclude
                : first.StartsWith("/*", StringComparison.Ordinal) || first.StartsWith("//", StringComparison.Ordinal) || first.StartsWith('#') ? CFragment
                : null;
        }

        if (extension.Equals(".def", StringComparison.OrdinalIgnoreCase))
        {
            return FirstLine(text).StartsWith(';') || OpensALine(text, ModuleDefinitionKeywords) ? ModuleDefinition : CFragment;
        }

        return null;
    }

    // The first line with something on it, without its surrounding white space.
    private static ReadOnlySpan<char> FirstLine(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (!line.IsEmpty)
            {
                return line;
            }
        }

        return [];
    }

    private static bool OpensALine(ReadOnlySpan<char> text, string[] keywords)
    {
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimStart();
            foreach (var keyword in keywords)
            {
                // The keyword alone or followed by a space: "NAME" must not match "NAMESPACE".
                if (line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || char.IsWhiteSpace(line[keyword.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
