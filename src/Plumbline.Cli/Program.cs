using Plumbline.Cli;

return await PlumbApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
