package dev.twolayer.cli;
public final class Main { public static void main(String[] a){ System.out.println("twolayer " + Runtime.version()); } }
