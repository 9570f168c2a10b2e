package dev.twolayer.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum options spelled with dashes on the command line ("six-point" for {@code six_point}), case-insensitive. */
final class EnumNames {
    private EnumNames() {}

    static String name(Enum<?> e) { return e.name().replace('_', '-'); }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String key = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(key)) return e;
        throw new TypeConversionException("'" + value + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(EnumNames::name).collect(Collectors.joining(", ")));
    }

    static final class Generator implements ITypeConverter<TrainCommand.GeneratorKind> {
        @Override public TrainCommand.GeneratorKind convert(String v) { return parse(TrainCommand.GeneratorKind.class, v); }
    }
    static final class Teacher implements ITypeConverter<TrainCommand.TeacherKind> {
        @Override public TrainCommand.TeacherKind convert(String v) { return parse(TrainCommand.TeacherKind.class, v); }
    }
    static final class InitName implements ITypeConverter<TrainCommand.InitKind> {
        @Override public TrainCommand.InitKind convert(String v) { return parse(TrainCommand.InitKind.class, v); }
    }
    static final class OptimizerName implements ITypeConverter<TrainCommand.OptimizerKind> {
        @Override public TrainCommand.OptimizerKind convert(String v) { return parse(TrainCommand.OptimizerKind.class, v); }
    }
}
