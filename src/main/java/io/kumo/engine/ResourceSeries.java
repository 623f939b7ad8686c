package io.kumo.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * CPU % and RSS of a run's tree over time, with their peaks. At most {@value #MAX_POINTS} points are kept: when full,
 * neighbouring points merge (keeping the higher values), so a day-long run still fits a small chart.
 */
public final class ResourceSeries {

    static final int MAX_POINTS = 600;

    /** seconds since start, CPU %, RSS bytes */
    public record Point(long second, double cpu, long rss) {
    }

    private final List<Point> points = new ArrayList<>();
    private double peakCpu;
    private long peakRss;
    private long cpuMillis;

    public synchronized void add(long second, double cpu, long rss) {
        peakCpu = Math.max(peakCpu, cpu);
        peakRss = Math.max(peakRss, rss);
        points.add(new Point(second, cpu, rss));
        if (points.size() > MAX_POINTS) {
            List<Point> merged = new ArrayList<>(points.size() / 2 + 1);
            for (int i = 0; i < points.size(); i += 2) {
                Point a = points.get(i);
                Point b = i + 1 < points.size() ? points.get(i + 1) : a;
                merged.add(new Point(a.second(), Math.max(a.cpu(), b.cpu()), Math.max(a.rss(), b.rss())));
            }
            points.clear();
            points.addAll(merged);
        }
    }

    /** CPU time the run's tree spent since the last sample, all cores together. */
    public synchronized void addCpuMillis(long millis) {
        cpuMillis += millis;
    }

    public synchronized long cpuMillis() {
        return cpuMillis;
    }

    public synchronized double peakCpu() {
        return peakCpu;
    }

    public synchronized long peakRss() {
        return peakRss;
    }

    public synchronized boolean isEmpty() {
        return points.isEmpty();
    }

    /** {@code second:cpu:rss;...}, compact enough for a column. */
    public synchronized String encode() {
        StringBuilder text = new StringBuilder(points.size() * 20);
        for (Point point : points) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(point.second()).append(':').append(Math.round(point.cpu() * 10) / 10.0).append(':').append(point.rss());
        }
        return text.toString();
    }

    public static List<Point> decode(String text) {
        List<Point> decoded = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return decoded;
        }
        for (String part : text.split(";")) {
            String[] fields = part.split(":");
            decoded.add(new Point(Long.parseLong(fields[0]), Double.parseDouble(fields[1]), Long.parseLong(fields[2])));
        }
        return decoded;
    }
}
