namespace Plumbline.Cli.Tests.Commands;

/// <summary><c>plumb import</c> of a broken export: exit 2 and one line naming the field by its JSON path.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Engagement = "\"engagement\":{\"name\":\"a\",\"clientName\":\"b\"}";
    private const string Item = "{\"key\":\"k\",\"title\":\"T\",\"impact\":3,\"effort\":2}";
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("plumb-import-");

    public void Dispose() => _temp.Delete(recursive: true);

    private async Task<PlumbRun> ImportAsync(string json)
    {
        var file = Path.Combine(_temp.FullName, "e.json");
        await File.WriteAllTextAsync(file, json);
        return await PlumbRun.Of("import", file, "--data", Path.Combine(_temp.FullName, "data"));
    }

    [Theory]
    [InlineData("{}", "$.engagement is required")]
    [InlineData("{\"engagement\":null}", "$.engagement is required")]
    [InlineData("{\"engagement\":{\"name\":\"a\",\"clientName\":null}}", "$.engagement.clientName is required")]
    [InlineData("{\"engagement\":{\"clientName\":\"b\"}}", "$.engagement.name is required")]
    [InlineData("{" + Engagement + ",\"items\":null}", "$.items may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"systems\":null}", "$.systems may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"findings\":null}", "$.findings may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"data\":null}", "$.data may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"integrations\":null}", "$.integrations may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"members\":null}", "$.members may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"assessments\":null}", "$.assessments may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"items\":[null]}", "$.items[0] is required")]
    [InlineData("{" + Engagement + ",\"items\":[" + Item + "," + Item + "," + Item + ",{\"key\":\"d\",\"title\":null}]}", "$.items[3].title is required")]
    [InlineData("{" + Engagement + ",\"items\":[{\"key\":\"k\"}]}", "$.items[0].title is required")]
    [InlineData("{" + Engagement + ",\"items\":[{\"title\":\"T\"}]}", "$.items[0].key is required")]
    [InlineData("{" + Engagement + ",\"items\":[{\"key\":\"k\",\"title\":\"T\",\"dependsOn\":null}]}", "$.items[0].dependsOn may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"items\":[{\"key\":\"k\",\"title\":\"T\",\"dependsOn\":[null]}]}", "$.items[0].dependsOn[0] is required")]
    [InlineData("{" + Engagement + ",\"items\":[{\"key\":\"k\",\"title\":\"T\",\"findings\":null}]}", "$.items[0].findings may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"items\":[{\"key\":\"k\",\"title\":\"T\",\"findings\":[{\"source\":\"s\",\"checkId\":null,\"recommendationId\":\"r\"}]}]}", "$.items[0].findings[0].checkId is required")]
    [InlineData("{" + Engagement + ",\"findings\":[{\"source\":\"s\",\"checkId\":\"c\",\"recommendationId\":\"r\",\"evidence\":null}]}", "$.findings[0].evidence may be left out but not null (write [] for none)")]
    [InlineData("{" + Engagement + ",\"findings\":[{\"source\":\"s\",\"checkId\":\"c\",\"recommendationId\":\"r\",\"detail\":null}]}", "$.findings[0].detail may be left out but not null")]
    [InlineData("{" + Engagement + ",\"systems\":[{\"name\":null}]}", "$.systems[0].name is required")]
    [InlineData("{" + Engagement + ",\"systems\":[{\"name\":\"A\",\"kind\":null}]}", "$.systems[0].kind may be left out but not null")]
    [InlineData("{" + Engagement + ",\"data\":[{\"dataKind\":\"customers\",\"sourceOfTruth\":true}]}", "$.data[0].system is required")]
    [InlineData("{" + Engagement + ",\"integrations\":[{\"from\":\"A\",\"to\":null,\"kind\":\"Api\"}]}", "$.integrations[0].to is required")]
    [InlineData("{" + Engagement + ",\"members\":[{\"email\":null,\"role\":\"Client\"}]}", "$.members[0].email is required")]
    [InlineData("{" + Engagement + ",\"assessments\":[{\"templateId\":\"warning-signs\",\"answers\":null}]}", "$.assessments[0].answers is required")]
    [InlineData("{" + Engagement + ",\"items\":[{\"key\":\"k\",\"title\":\"T\",\"impact\":\"high\"}]}", "$.items[0].impact has a value of the wrong kind (line 1)")]
    [InlineData("{" + Engagement + ",\"items\":{}}", "$.items has a value of the wrong kind (line 1)")]
    [InlineData("{" + Engagement + ",\"surprise\":1}", "$.surprise is not a field of an engagement export (line 1)")]
    [InlineData("[]", "not an engagement export (line 1): the file must hold one JSON object")]
    public async Task A_missing_or_null_field_is_one_line_naming_its_json_path_and_exit_two(string json, string expected)
    {
        var run = await ImportAsync(json);

        run.ExitCode.ShouldBe(2, run.Error);
        var line = run.ErrorLines.ShouldHaveSingleItem();
        line.ShouldStartWith("plumb: ");
        line.ShouldEndWith("e.json: " + expected);
        line.ShouldNotContain("System.");
        line.ShouldNotContain("Plumbline.");
    }

    [Fact]
    public async Task Several_null_fields_are_still_one_line_about_the_first()
    {
        var run = await ImportAsync("{" + Engagement + ",\"systems\":null,\"items\":[{\"key\":null,\"title\":null}],\"findings\":null}");

        run.ExitCode.ShouldBe(2);
        run.ErrorLines.ShouldHaveSingleItem().ShouldEndWith("e.json: $.systems may be left out but not null (write [] for none)");
    }
}
