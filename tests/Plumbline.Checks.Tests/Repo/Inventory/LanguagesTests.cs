using Plumbline.Checks.Repo.Inventory;

namespace Plumbline.Checks.Tests.Repo.Inventory;

public sealed class LanguagesTests
{
    [Fact]
    public void At_least_forty_languages_are_recognised()
    {
        Languages.Names.Count.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Theory]
    [InlineData("Program.cs", null, "C#")]
    [InlineData("Intrinsics.td", null, "TableGen")]
    [InlineData("Dockerfile", null, "Dockerfile")]
    [InlineData("Dockerfile.prod", null, "Dockerfile")]
    [InlineData("Makefile", null, "Makefile")]
    [InlineData("Jenkinsfile", null, "Groovy")]
    [InlineData("Gemfile", null, "Ruby")]
    [InlineData("deploy", "#!/usr/bin/env bash\necho hi\n", "Shell")]
    [InlineData("manage", "#!/usr/bin/python3 -u\nprint(1)\n", "Python")]
    [InlineData("cli", "#!/usr/bin/env node\nconsole.log(1)\n", "JavaScript")]
    public void Languages_are_detected_by_name_extension_and_shebang(string name, string? text, string expected)
    {
        Languages.Detect(name, text)!.Name.ShouldBe(expected);
    }

    [Theory]
    [InlineData("random.tcc", "C++")]
    [InlineData("rpcsvc/nfs_prot.x", "RPC Language")]
    [InlineData("common.gypi", "GYP")]
    [InlineData("fix.patch", "Patch")]
    [InlineData("activate.csh", "C Shell")]
    [InlineData("LICENSE.txt", "Text")]
    [InlineData("CMakeLists.txt", "CMake")]
    public void Languages_cloc_counts_are_recognised(string name, string expected)
    {
        Languages.Detect(name, "x\n")!.Name.ShouldBe(expected);
    }

    [Theory]
    [InlineData("IntrinsicImpl.inc", "/*===- TableGen'erated file -*- C++ -*-===*\\\n#ifdef GET_INTRINSIC_NAME_TABLE\n", "C/C++ Header")]
    [InlineData("Targets.inc", "\n// Targets\nLLVM_TARGET(X86)\n", "C/C++ Header")]
    [InlineData("macros.inc", "#define A 1\n", "C/C++ Header")]
    [InlineData("config.inc", "<?php\n$db = 'x';\n", "PHP")]
    [InlineData("header.inc", "<html><?php echo $title; ?></html>\n", "PHP")]
    [InlineData("consts.inc", "; NASM constants\nBUF equ 64\n", "Assembly")]
    [InlineData("types.inc", "{ shared types }\ntype T = integer;\n", "Pascal")]
    [InlineData("types2.inc", "(* shared types *)\ntype T = integer;\n", "Pascal")]
    [InlineData("Instruction.def", "// Instructions\n#ifndef FIRST_TERM_INST\n#define FIRST_TERM_INST(num)\n#endif\n", "C/C++ Header")]
    [InlineData("exception.def", "/* COB_EXCEPTION (code, tag, name, critical) */\nCOB_EXCEPTION (0100, COB_EC_ARGUMENT, \"EC-ARGUMENT\", 0)\n", "C/C++ Header")]
    [InlineData("mylib.def", "LIBRARY mylib\nEXPORTS\n   Open @1\n", "Module-Definition")]
    [InlineData("exports.def", "; exports of the plug-in\nEXPORTS\n   Init\n", "Module-Definition")]
    [InlineData("names.def", "NAMESPACE_ENTRY(a)\n", "C/C++ Header")]
    public void Extensions_that_several_languages_share_are_told_apart_by_the_text(string name, string text, string expected)
    {
        Languages.Detect(name, text)!.Name.ShouldBe(expected);
    }

    [Fact]
    public void An_inc_file_that_shows_no_language_is_not_guessed()
    {
        Languages.Detect("recipe.inc", "SUMMARY = \"A BitBake include\"\n").ShouldBeNull();
    }

    [Fact]
    public void An_unknown_file_without_shebang_has_no_language()
    {
        Languages.Detect("notes", "just text").ShouldBeNull();
    }
}
