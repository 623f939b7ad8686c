package io.kumo.conditions;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.time.Duration;
import java.util.Optional;

/**
 * Windows: {@code GetLastInputInfo} (user32) gives the tick of the last input; {@code GetTickCount} (kernel32) the tick
 * now; both 32-bit milliseconds that wrap together, so their difference is taken as an unsigned 32-bit number.
 */
final class WindowsIdleProbe implements IdleProbe {

    @Override
    public Optional<Duration> idle() {
        try (Arena arena = Arena.ofConfined()) {
            Linker linker = Linker.nativeLinker();
            SymbolLookup user32 = SymbolLookup.libraryLookup("user32", arena);
            SymbolLookup kernel32 = SymbolLookup.libraryLookup("kernel32", arena);
            MethodHandle lastInput = linker.downcallHandle(user32.findOrThrow("GetLastInputInfo"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            MethodHandle tickCount = linker.downcallHandle(kernel32.findOrThrow("GetTickCount"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT));
            MemorySegment info = arena.allocate(8); // LASTINPUTINFO { UINT cbSize; DWORD dwTime; }
            info.set(ValueLayout.JAVA_INT, 0, 8);
            if ((int) lastInput.invokeExact(info) == 0) {
                return Optional.empty();
            }
            long now = Integer.toUnsignedLong((int) tickCount.invokeExact());
            long last = Integer.toUnsignedLong(info.get(ValueLayout.JAVA_INT, 4));
            return Optional.of(Duration.ofMillis((now - last) & 0xFFFFFFFFL));
        } catch (Throwable e) { // no user32 (a service session), or native access refused
            return Optional.empty();
        }
    }
}
