/**
 * The command line: {@link dev.posttrends.cli.Main} reads like a table of contents, {@link
 * dev.posttrends.cli.RunCommand} holds the options, and {@link dev.posttrends.cli.Sessions} is the
 * only place a SparkSession is built.
 */
package dev.posttrends.cli;
